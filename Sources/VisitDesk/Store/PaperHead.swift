/// A chain head as copied from a paper record: the full SHA-256 hex digest or a prefix of at
/// least `minimumDigits` hex digits. Spaces and hyphens between groups (as the record sets the
/// first digits apart for reading aloud) are dropped; upper case is read as lower case.
public struct PaperHead: Hashable, Sendable, CustomStringConvertible {
    /// Fewer digits could match more than one event by chance in a store of millions.
    public static let minimumDigits = 12
    /// A SHA-256 digest in hex.
    public static let fullDigits = 64

    /// The lower-case hex digits given.
    public let digits: String

    /// Reads what the user typed, or says exactly why it is not a head.
    public init(_ text: String) throws(PaperHeadError) {
        let digits = String(text.filter { $0 != " " && $0 != "-" }).lowercased()
        if let bad = digits.first(where: { !$0.isHexDigit || !$0.isASCII }) {
            throw .notHex(text: text, character: bad)
        }
        guard digits.count >= Self.minimumDigits else { throw .tooShort(text: text, digits: digits.count) }
        guard digits.count <= Self.fullDigits else { throw .tooLong(text: text, digits: digits.count) }
        self.digits = digits
    }

    /// Whether `hash` (a full hex digest) starts with these digits.
    public func matches(_ hash: String) -> Bool { hash.hasPrefix(digits) }

    public var description: String { digits }
}
