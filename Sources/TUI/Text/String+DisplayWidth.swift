extension StringProtocol {
    /// Columns this text takes in a terminal (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension String {
    /// This text in exactly `width` columns: cut with `ellipsis` when too long (never
    /// splitting a wide character; a space fills the odd column), padded with spaces
    /// when short. When even the ellipsis does not fit, the text is cut without it.
    public func truncated(to width: Int, ellipsis: String = "…") -> String {
        let fitted = fitted(to: width, ellipsis: ellipsis)
        return fitted + String(repeating: " ", count: max(0, width - fitted.displayWidth))
    }

    /// Like `truncated(to:ellipsis:)` but without the padding: at most `width` columns.
    public func fitted(to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return self }
        let ellipsisWidth = ellipsis.displayWidth
        guard ellipsisWidth <= width else { return prefix(columns: width) }
        return prefix(columns: width - ellipsisWidth) + ellipsis
    }

    /// The longest leading run of whole graphemes that fits in `columns`.
    public func prefix(columns: Int) -> String {
        var result = ""
        var used = 0
        for character in self {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > columns { break }
            result.append(character)
            used += characterWidth
        }
        return result
    }

    /// This text broken into lines of at most `width` columns. Explicit newlines are
    /// kept; a line breaks after the last space that fits, or between any two
    /// characters of a run without spaces (as Chinese text is). A character wider
    /// than `width` gets a line of its own. Lines carry no trailing spaces.
    public func wrapped(to width: Int) -> [String] {
        guard width > 0 else { return [] }
        return split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            Self.wrapParagraph(Array(paragraph), width: width)
        }
    }

    private static func wrapParagraph(_ characters: [Character], width: Int) -> [String] {
        var lines: [String] = []
        var start = 0
        repeat {
            var end = start
            var used = 0
            var lastSpace: Int?
            while end < characters.count {
                let characterWidth = DisplayWidth.of(characters[end])
                if used + characterWidth > width, end > start { break }
                if characters[end] == " " { lastSpace = end }
                used += characterWidth
                end += 1
            }
            if end < characters.count, let lastSpace, lastSpace > start,
               isInsideWord(characters[end - 1]), isInsideWord(characters[end]) {
                end = lastSpace
            }
            lines.append(String(characters[start..<end].reversed().drop(while: { $0 == " " }).reversed()))
            start = end
            while start < characters.count, characters[start] == " " {
                start += 1
            }
        } while start < characters.count
        return lines
    }

    /// A narrow, non-space character: breaking next to it would split a word.
    private static func isInsideWord(_ character: Character) -> Bool {
        character != " " && DisplayWidth.of(character) == 1
    }
}
