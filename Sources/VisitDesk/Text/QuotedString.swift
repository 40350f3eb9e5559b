import Foundation

/// Text as a double-quoted string with backslash escapes, the form JSON strings and TOML basic
/// strings share: quotes, backslashes and control characters (DEL included) escaped, every
/// other character as it is.
enum QuotedString {
    static func of(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += String(format: "\\u%04X", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
