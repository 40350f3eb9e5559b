/// The print queues CUPS has, its default first.
struct PrinterList: Hashable, Sendable {
    /// The system default destination (`lpstat -d`), when there is one.
    var defaultPrinter: String?
    /// Every queue (`lpstat -e`), the default first, the others in CUPS's order.
    var names: [String]

    init(defaultPrinter: String?, queues: [String]) {
        let known = defaultPrinter.flatMap { queues.contains($0) ? $0 : nil }
        self.defaultPrinter = known
        names = (known.map { [$0] } ?? []) + queues.filter { $0 != known }
    }
}
