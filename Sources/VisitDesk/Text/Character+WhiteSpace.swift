extension Character {
    /// `isWhitespace`, answered without Unicode's property tables for the characters names and
    /// addresses are made of: every white space character is at or below U+3000 (the
    /// ideographic space), and below U+0080 it is one of six. An import of 100k cases tests
    /// about 5M characters while it romanises them and makes the search lists.
    var isWhitespaceQuickly: Bool {
        guard let first = unicodeScalars.first?.value else { return false }
        if first < 0x80 { return first == 0x20 || (0x09...0x0D).contains(first) }
        return first <= 0x3000 && isWhitespace
    }
}
