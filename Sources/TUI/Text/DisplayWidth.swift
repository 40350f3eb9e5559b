/// The number of terminal columns text takes.
///
/// Per code point this agrees with glibc's `wcwidth` under C.UTF-8, which is what
/// ncurses uses (over all of Unicode, only code points newer than glibc 2.36's
/// Unicode 14 differ): CJK ideographs, kana, Hangul syllables, fullwidth forms and CJK
/// punctuation are 2; "ambiguous" characters (“ ” … · ①) are 1; combining marks,
/// format characters and controls are 0, as are code points `wcwidth` rejects.
/// A grapheme cluster takes the width of its base, except that emoji sequences
/// (joined with ZWJ, or with the emoji variation selector, and flags) take 2.
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.isASCII {
            return first.value >= 0x20 && first.value < 0x7F ? 1 : 0
        }
        let base = of(first)
        if scalars.count > 1, base > 0, isEmojiSequence(scalars) {
            return 2
        }
        return base
    }

    /// Columns taken by a string: the sum over its grapheme clusters.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// Columns taken by a single code point, as `wcwidth` counts it (0 where it returns −1).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x7F { return 1 }
        if WideCharacterTable.contains(value) { return 2 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .control, .surrogate, .unassigned, .lineSeparator, .paragraphSeparator:
            return 0
        case .format:
            // glibc shows the soft hyphen and the prepended-concatenation marks.
            return value == 0xAD || isPrependedConcatenationMark(value) ? 1 : 0
        default:
            break
        }
        // Medial vowels and final consonants of conjoining Hangul attach to the syllable's first jamo.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        return 1
    }

    private static func isEmojiSequence(_ scalars: String.UnicodeScalarView) -> Bool {
        var regionalIndicators = 0
        for scalar in scalars {
            if scalar.value == 0x200D || scalar.value == 0xFE0F { return true }
            if (0x1F1E6...0x1F1FF).contains(scalar.value) { regionalIndicators += 1 }
        }
        return regionalIndicators == 2
    }

    private static func isPrependedConcatenationMark(_ value: UInt32) -> Bool {
        (0x600...0x605).contains(value) || (0x890...0x891).contains(value) || value == 0x6DD || value == 0x70F || value == 0x8E2 || value == 0x110BD || value == 0x110CD
    }
}
