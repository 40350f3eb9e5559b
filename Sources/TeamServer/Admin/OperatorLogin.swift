import Foundation

/// The PostgreSQL login of an operator, and the one-time enrolment token that first opens it.
/// Logins are cluster-wide in PostgreSQL, so a login names the database too:
/// `vd_<database>_<badge>`, lower-case, other characters as `_` (at most 63 bytes).
public enum OperatorLogin {
    public static func name(badge: String, database: String) -> String {
        func cleaned(_ text: String) -> String {
            String(text.lowercased().unicodeScalars.map { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? Character(scalar) : "_"
            })
        }
        return String("vd_\(cleaned(database).prefix(30))_\(cleaned(badge))".prefix(63))
    }

    /// `LOGIN.SECRET`: the login it opens, then 32 random letters and digits.
    public static func newToken(login: String) -> String {
        "\(login).\(randomSecret())"
    }

    /// The login a token opens; nil when the text is not a token.
    public static func login(ofToken token: String) -> String? {
        guard let dot = token.lastIndex(of: "."), dot != token.startIndex else { return nil }
        let login = String(token[..<dot])
        let secret = token[token.index(after: dot)...]
        guard login.hasPrefix("vd_"), secret.count >= 16, secret.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              login.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else { return nil }
        return login
    }

    /// 32 characters from [a-z0-9] (about 165 bits), safe inside a quoted SQL literal.
    public static func randomSecret() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<32).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }
}
