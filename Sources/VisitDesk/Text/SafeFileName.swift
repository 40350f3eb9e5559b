/// File names built from data (a case reference, a visit id) that always name a file inside
/// the folder they are joined to: only ASCII letters, digits, `-`, `_` and `.` are kept,
/// everything else (`/`, spaces, Chinese, controls) becomes `_`, and so does a leading dot,
/// so neither `..` nor a hidden file can result; at most `maximumLength` characters long.
public enum SafeFileName {
    /// Far below the 255 bytes every common file system allows, leaving room for an extension.
    public static let maximumLength = 120

    /// `text` as a file name that stays inside its folder; `_` for empty text.
    public static func from(_ text: String) -> String {
        var name = String(String.UnicodeScalarView(text.unicodeScalars.prefix(maximumLength).map { scalar in
            isKept(scalar) ? scalar : "_"
        }))
        if name.isEmpty { return "_" }
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        return name
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": true
        default: false
        }
    }
}
