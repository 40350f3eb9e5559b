import RecordPDF

extension Paper {
    /// The CUPS media name (`lp -o media=…`).
    var media: String {
        switch self {
        case .a4: "A4"
        case .letter: "Letter"
        }
    }
}
