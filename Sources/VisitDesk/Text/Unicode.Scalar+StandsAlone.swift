extension Unicode.Scalar {
    /// True for printable ASCII (space included) and the CJK ideographs names and addresses are
    /// made of (`Pinyin.isHan`): in a text of only such scalars each scalar is a whole
    /// `Character`, so the text can be walked scalar by scalar, without grapheme breaking.
    var standsAlone: Bool {
        (0x20...0x7E).contains(value) || (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
    }
}
