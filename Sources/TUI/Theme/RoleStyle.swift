/// What a theme says about one role: colours and attributes.
public struct RoleStyle: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    /// Creates a role style; unspecified colours are the terminal's own.
    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    /// The emphasis each role gets without colour (`NO_COLOR`, or a terminal without
    /// colours), so that selection, focus, warnings and marks stay distinguishable.
    public static func monochrome(_ role: StyleRole) -> RoleStyle {
        switch role {
        case .normal, .itemPending, .muted, .keyBarLabel, .itemNotApplicable: RoleStyle()
        case .header, .selectedRow: RoleStyle(reverse: true)
        case .paneBorder, .paneTitle: RoleStyle()
        case .paneBorderFocused, .itemDone, .warning, .keyBarKey: RoleStyle(bold: true)
        case .paneTitleFocused: RoleStyle(bold: true, reverse: true)
        case .itemSkipped: RoleStyle(underline: true)
        case .error: RoleStyle(bold: true, underline: true)
        }
    }
}
