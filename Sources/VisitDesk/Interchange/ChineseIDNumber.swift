/// The 18-character resident identity number (居民身份证号码): 17 digits and a check
/// character, a digit or `X` (GB 11643-1999, ISO 7064 MOD 11-2).
public enum ChineseIDNumber {
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters = Array("10X98765432")

    /// The check character for the first 17 digits, or nil if they are not 17 digits.
    public static func checkCharacter(for first17: String) -> Character? {
        // Read as bytes, each digit one ASCII byte: an import checks one number per case, and
        // Unicode's numeric values cost more than the rest of the row's checks.
        let bytes = first17.utf8
        guard bytes.count == 17, bytes.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        let sum = zip(bytes, weights).reduce(0) { $0 + Int($1.0 - UInt8(ascii: "0")) * $1.1 }
        return checkCharacters[sum % 11]
    }

    /// Why `text` is not a well-formed ID number, or nil if it is one (a lower-case `x`
    /// counts as `X`).
    public static func problem(with text: String) -> LocalizedText? {
        guard text.count == 18 else {
            return LocalizedText(zh: "身份证号应为 18 位，这个有 \(text.count) 位", en: "ID number must have 18 characters, this one has \(text.count)")
        }
        let first17 = String(text.prefix(17))
        guard let expected = checkCharacter(for: first17) else {
            return LocalizedText(zh: "身份证号前 17 位必须是数字", en: "ID number must start with 17 digits")
        }
        let last = Character(text.suffix(1).uppercased())
        guard last.isASCII, last.isNumber || last == "X" else {
            return LocalizedText(zh: "身份证号最后一位必须是数字或 X", en: "ID number must end with a digit or X")
        }
        guard last == expected else {
            return LocalizedText(zh: "身份证号校验位不对（输错了？）", en: "ID number fails its check digit (mistyped?)")
        }
        return nil
    }
}
