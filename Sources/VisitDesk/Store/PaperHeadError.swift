/// Why a head typed from a paper record cannot be checked.
public enum PaperHeadError: Error, Hashable, Sendable, CustomStringConvertible {
    case notHex(text: String, character: Character)
    case tooShort(text: String, digits: Int)
    case tooLong(text: String, digits: Int)

    public var description: String {
        switch self {
        case .notHex(let text, let character):
            "\"\(SafeText.neutralised(text))\" is not a chain head: \"\(SafeText.neutralised(String(character)))\" is not a hex digit (0-9, a-f)"
        case .tooShort(_, let digits):
            "a chain head needs at least \(PaperHead.minimumDigits) hex digits to be checked; \(digits) given (copy the first \(PaperHead.minimumDigits) from the record)"
        case .tooLong(_, let digits):
            "a chain head has \(PaperHead.fullDigits) hex digits; \(digits) given"
        }
    }
}
