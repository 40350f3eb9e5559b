import Foundation

/// Chinese text as toneless pinyin, the way people type it to search: `张伟` is found by
/// `zhangwei` (the full form) and `zw` (the initials). Han characters go through Foundation's
/// `mandarinToLatin` transform (ICU's Han-Latin, available on Linux too) one character at a
/// time, then lose their tone marks (`lǚ` → `lu`); everything else is kept, lower-cased.
/// A character's reading is looked up once and remembered, so a million names cost a few
/// thousand transforms, not millions.
public struct Pinyin {
    /// The romanised form of one text.
    public struct Forms: Hashable, Sendable {
        /// Syllables run together: `zhangwei`, `beijingshichaoyangqu88hao`.
        public var full: String
        /// The first letter of each syllable, other characters kept: `zw`, `bjscyq88h`.
        public var initials: String
    }

    /// Keyed by the character's one scalar: a Han character is a single scalar (`isHan`), and
    /// hashing a number costs far less than hashing a `Character`.
    private var syllables: [UInt32: String] = [:]

    public init() {}

    /// The forms of `text`; both are empty when it holds no Han character (nothing to add to search).
    public mutating func forms(of text: String) -> Forms {
        var forms = Forms(full: "", initials: "")
        var sawHan = false
        let lowered = text.lowercasedQuickly()
        // Names and addresses are nearly always ASCII and ideographs, each scalar a character.
        if lowered.unicodeScalars.allSatisfy(\.standsAlone) {
            for scalar in lowered.unicodeScalars { add(Character(scalar), to: &forms, sawHan: &sawHan) }
        } else {
            for character in lowered { add(character, to: &forms, sawHan: &sawHan) }
        }
        return sawHan ? forms : Forms(full: "", initials: "")
    }

    private mutating func add(_ character: Character, to forms: inout Forms, sawHan: inout Bool) {
        if let syllable = syllable(of: character) {
            sawHan = true
            forms.full += syllable
            if let first = syllable.first { forms.initials.append(first) }
        } else if !character.isWhitespaceQuickly {
            forms.full.append(character)
            forms.initials.append(character)
        }
    }

    /// The toneless syllable of a Han character, nil for any other character.
    private mutating func syllable(of character: Character) -> String? {
        guard Pinyin.isHan(character), let scalar = character.unicodeScalars.first else { return nil }
        if let known = syllables[scalar.value] { return known }
        let latin = String(character).applyingTransform(.mandarinToLatin, reverse: false) ?? ""
        let plain = (latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin).lowercased()
            .filter { $0.isASCII && $0.isLetter }
        // A character ICU has no reading for stays itself, so it can still be found as typed.
        let syllable = plain.isEmpty ? String(character) : plain
        syllables[scalar.value] = syllable
        return syllable
    }

    /// CJK Unified Ideographs and their extension A, where every name and address character lives.
    static func isHan(_ character: Character) -> Bool {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
