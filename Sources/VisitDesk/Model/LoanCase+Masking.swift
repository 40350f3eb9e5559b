extension LoanCase {
    /// `138****5678`: the phone with all but the first three and last four digits hidden.
    public var maskedPhone: String { LoanCase.mask(phone, keepingFirst: 3, last: 4) }

    /// `110***********1234`: the ID number with all but the first three and last four characters hidden.
    public var maskedIDNumber: String { LoanCase.mask(idNumber, keepingFirst: 3, last: 4) }

    /// The phone as shown: in full only when `revealed` holds `.phone`.
    public func phone(revealing revealed: Set<PersonalField>) -> String {
        revealed.contains(.phone) ? phone : maskedPhone
    }

    /// The ID number as shown: in full only when `revealed` holds `.idNumber`.
    public func idNumber(revealing revealed: Set<PersonalField>) -> String {
        revealed.contains(.idNumber) ? idNumber : maskedIDNumber
    }

    /// Hides the middle of `text`, keeping the first `first` and last `last` characters of a
    /// text long enough to hide at least four between them. A shorter one (a 7–8 digit
    /// landline, a short ID) keeps only its last quarter, at most `last` characters, so
    /// most of it stays hidden. Each shown character stays in its place: none is shown twice.
    static func mask(_ text: String, keepingFirst first: Int, last: Int) -> String {
        let characters = Array(text)
        let minimumHidden = 4
        guard characters.count >= first + last + minimumHidden else {
            let shown = min(last, characters.count / 4)
            return String(repeating: "*", count: characters.count - shown) + String(characters.suffix(shown))
        }
        return String(characters.prefix(first)) + String(repeating: "*", count: characters.count - first - last)
            + String(characters.suffix(last))
    }
}
