/// The rule for a case reference (loan or account number). A reference becomes part of file
/// names (summaries, exports), so it may hold only letters of any script, decimal digits,
/// `-`, `_` and `.`; it may not start with a dot (no hidden files, no `..`) and is at most
/// 64 characters long.
enum CaseReference {
    static let maximumLength = 64

    /// Why `reference` breaks the rule, or nil when it keeps it (an empty reference is
    /// reported by the caller).
    static func problem(with reference: String) -> LocalizedText? {
        if reference.count > maximumLength {
            return LocalizedText(zh: "编号“\(reference.prefix(20))…”有 \(reference.count) 个字符；编号最多 \(maximumLength) 个字符",
                                 en: "ref \"\(reference.prefix(20))…\" is \(reference.count) characters long; a ref has at most \(maximumLength)")
        }
        if reference.hasPrefix(".") {
            return LocalizedText(zh: "编号“\(reference)”以点开头；编号必须以字母、数字、- 或 _ 开头",
                                 en: "ref \"\(reference)\" starts with a dot; a ref must start with a letter, a digit, - or _")
        }
        for (offset, character) in reference.enumerated() where !isAllowed(character) {
            return LocalizedText(zh: "编号“\(reference)”含有“\(character)”（第 \(offset + 1) 个字符）；编号只能包含字母、数字、- _ 和 .",
                                 en: "ref \"\(reference)\" holds \"\(character)\" (its character \(offset + 1)); a ref may hold only letters, digits, - _ and .")
        }
        return nil
    }

    private static func isAllowed(_ character: Character) -> Bool {
        if character == "-" || character == "_" || character == "." || character.isLetter { return true }
        return character.unicodeScalars.count == 1 && character.unicodeScalars.first!.properties.numericType == .decimal
    }
}
