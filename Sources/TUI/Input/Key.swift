/// A key press as the program sees it, whatever the terminal sent.
public enum Key: Hashable, Sendable {
    /// A printable grapheme, including CJK text from an input method.
    case character(Character)
    case enter
    case escape
    case tab
    /// Shift-Tab.
    case backTab
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    case backspace
    case delete
    /// Ctrl with a letter, given in lowercase (`.ctrl("c")`).
    case ctrl(Character)
    /// F1–F12.
    case function(Int)
    /// The terminal changed size; the next frame should be laid out anew.
    case resize
}

extension Key {
    /// The key for a character code read from a terminal in raw mode: control codes
    /// become Enter, Tab, Esc, Backspace and Ctrl-letters; other codes become printable
    /// characters. Returns nil for codes that are not keys (NUL, the other C0 and C1
    /// controls, invalid code points).
    public init?(terminalCode code: UInt32) {
        switch code {
        case 10, 13: self = .enter
        case 9: self = .tab
        case 27: self = .escape
        // Terminals send DEL (127) or BS (8, Ctrl-H) for the Backspace key.
        case 8, 127: self = .backspace
        case 1...26: self = .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        // Ctrl-\\: in raw mode the terminal sends it instead of raising SIGQUIT.
        case 28: self = .ctrl("\\")
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            self = .character(Character(scalar))
        }
    }
}

extension Key: CustomStringConvertible {
    /// A short readable name: `a`, `中`, `Enter`, `Ctrl-C`, `F5`, `Shift-Tab`.
    public var description: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .ctrl(let letter): "Ctrl-\(letter.uppercased())"
        case .function(let number): "F\(number)"
        case .resize: "Resize"
        }
    }
}
