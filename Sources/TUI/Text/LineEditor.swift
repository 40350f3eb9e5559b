/// A one-line text field: the text, a cursor between graphemes, and the editing
/// keys of a shell prompt (Left/Right/Home/End, Backspace/Delete, Ctrl-A/E/W/U/K).
///
/// The text is kept as an array of graphemes so that typing (or a paste arriving one
/// key at a time) costs the same whatever the length of the text: a key never
/// re-segments or copies the whole text.
public struct LineEditor: Hashable, Sendable {
    private var characters: [Character]

    /// The text being edited.
    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            cursor = min(cursor, characters.count)
        }
    }

    /// The number of graphemes in the text.
    public var count: Int { characters.count }

    /// The cursor as a Character index: 0 is before the first grapheme, `count` after the last.
    public var cursor: Int {
        didSet { cursor = min(max(0, cursor), characters.count) }
    }

    /// Creates an editor holding `text` with the cursor at its end.
    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// The column the cursor stands in: the display width of the text before it.
    public var cursorColumn: Int {
        characters[..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
    }

    /// Applies an editing key. Returns true when the key is one the editor handles
    /// (even if it changes nothing, like Backspace at the start), false otherwise.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            insert(String(character))
        case .backspace, .ctrl("h"):
            if cursor > 0 { remove(from: cursor - 1, to: cursor) }
        case .delete, .ctrl("d"):
            if cursor < characters.count { remove(from: cursor, to: cursor + 1) }
        case .left, .ctrl("b"):
            cursor -= 1
        case .right, .ctrl("f"):
            cursor += 1
        case .home, .ctrl("a"):
            cursor = 0
        case .end, .ctrl("e"):
            cursor = characters.count
        case .ctrl("w"):
            remove(from: startOfWordBeforeCursor(), to: cursor)
        case .ctrl("u"):
            remove(from: 0, to: cursor)
        case .ctrl("k"):
            remove(from: cursor, to: characters.count)
        default:
            return false
        }
        return true
    }

    /// Inserts `string` (one character or a pasted run) at the cursor and moves the
    /// cursor after it. Newlines and tabs become spaces; other controls are dropped.
    /// A combining mark joins the grapheme before it.
    public mutating func insert(_ string: String) {
        let cleaned = String(String.UnicodeScalarView(string.unicodeScalars.compactMap { scalar in
            switch scalar.value {
            case 9, 10, 13: " "
            case 0..<32, 0x7F..<0xA0: nil
            default: scalar
            }
        }))
        guard !cleaned.isEmpty else { return }
        // Only the graphemes beside the cursor can join the inserted text (a combining
        // mark, a second regional indicator): segment just that neighbourhood again.
        let start = max(0, cursor - 1)
        let end = min(characters.count, cursor + 1)
        let before = String(characters[start..<cursor]) + cleaned
        let joined = Array(before + String(characters[cursor..<end]))
        let newCursor = start + before.count
        characters.replaceSubrange(start..<end, with: joined)
        cursor = newCursor
    }

    /// The part of the text to show in a field `width` columns wide, padded to exactly
    /// `width` columns, and the cursor's column within it. The view scrolls by half a
    /// field at a time so that the cursor, and the whole grapheme under it, stay visible;
    /// a wide grapheme cut by either edge shows as a space.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        let column = cursorColumn
        let widthUnderCursor = cursor < characters.count ? DisplayWidth.of(characters[cursor]) : 1
        let overflow = column + widthUnderCursor - width
        var offset = 0
        if overflow > 0 {
            let step = max(1, width / 2)
            offset = min(column, (overflow + step - 1) / step * step)
        }
        var shown = ""
        var position = 0
        for character in characters {
            let characterWidth = DisplayWidth.of(character)
            defer { position += characterWidth }
            if position + characterWidth <= offset { continue }
            if position >= offset + width { break }
            if position < offset || position + characterWidth > offset + width {
                shown += " "
            } else {
                shown.append(character)
            }
        }
        return (shown.truncated(to: width), column - offset)
    }

    private mutating func remove(from start: Int, to end: Int) {
        guard start < end else { return }
        characters.removeSubrange(start..<end)
        cursor = start
    }

    private func startOfWordBeforeCursor() -> Int {
        var index = cursor
        while index > 0, characters[index - 1] == " " { index -= 1 }
        while index > 0, characters[index - 1] != " " { index -= 1 }
        return index
    }
}
