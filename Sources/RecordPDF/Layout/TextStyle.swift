import CPangoCairo

/// A font (found by fontconfig: the CJK face first, then any sans or monospace face) and
/// colour for one kind of text on the page.
struct TextStyle {
    var font: String
    var gray: Double = 0

    static let body = TextStyle(font: "Noto Sans CJK SC, Sans 10.5")
    static let label = TextStyle(font: "Noto Sans CJK SC, Sans 10", gray: 0.3)
    static let bold = TextStyle(font: "Noto Sans CJK SC, Sans Bold 10.5")
    static let title = TextStyle(font: "Noto Sans CJK SC, Sans Bold 18")
    static let sectionTitle = TextStyle(font: "Noto Sans CJK SC, Sans Bold 13")
    static let header = TextStyle(font: "Noto Sans CJK SC, Sans 9", gray: 0.35)
    static let mono = TextStyle(font: "Noto Sans Mono CJK SC, Monospace 9.5")
    static let small = TextStyle(font: "Noto Sans Mono CJK SC, Monospace 8", gray: 0.3)
}
