/// The sheet a record is printed on.
public enum Paper: String, CaseIterable, Sendable {
    /// ISO A4, 210 × 297 mm: the default.
    case a4
    /// US letter, 8.5 × 11 in.
    case letter

    /// Width and height in PostScript points (1/72 in), as the PDF's media box holds them.
    public var size: (width: Double, height: Double) {
        switch self {
        case .a4: (595.275_590_551, 841.889_763_780)
        case .letter: (612, 792)
        }
    }
}
