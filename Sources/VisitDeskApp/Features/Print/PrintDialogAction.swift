/// What a key does in the print dialog (see `PrintKeys`).
enum PrintDialogAction: Hashable, Sendable {
    case nextPrinter, previousPrinter
    /// A digit typed into the copies field; the key says which.
    case typeDigit
    case deleteDigit
    case submit, cancel
}
