/// How a cell is drawn: its semantic role plus emphasis added on top of the theme's.
public struct Style: Hashable, Sendable {
    public var role: StyleRole
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    /// Creates a style for `role`, with optional extra emphasis.
    public init(_ role: StyleRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    /// The plain text style.
    public static let normal = Style()
}

extension Style: CustomStringConvertible {
    /// The role name followed by any extra emphasis, e.g. `warning+bold`.
    public var description: String {
        var text = role.rawValue
        if bold { text += "+bold" }
        if reverse { text += "+reverse" }
        if underline { text += "+underline" }
        return text
    }
}
