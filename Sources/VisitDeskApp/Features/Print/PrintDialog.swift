/// The print dialog over the summary: which CUPS queue (the default first) and how many copies.
struct PrintDialog: Hashable, Sendable {
    /// The visit whose record is printed.
    var visitID: Int64
    var printers: PrinterList
    /// The chosen row of `printers.names`.
    var selected = 0
    /// The copies field as typed: digits only.
    var copies = "1"
    /// False until the user types in the field.
    var copiesTyped = false
    /// Why the last Enter did not submit (copies out of range), in the UI language.
    var problem: String?

    init(visitID: Int64, printers: PrinterList) {
        self.visitID = visitID
        self.printers = printers
    }

    /// The queue that Enter sends to.
    var printer: String { printers.names[selected] }

    /// The copies typed, if they are a number at all.
    var copyCount: Int? { Int(copies) }
}
