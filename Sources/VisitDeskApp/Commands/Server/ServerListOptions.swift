import ArgumentParser

/// The options `server cases` and `server visits` share: whose, in what form, how many.
struct ServerListOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only the cases assigned to this operator, or the visits their devices recorded.", valueName: "badge"))
    var agent: String?

    @Option(help: "table or json.")
    var format: ListFormat = .table

    @Option(help: "At most this many.")
    var limit: Int = 1_000

    func validate() throws {
        guard (1...1_000_000).contains(limit) else { throw ValidationError("--limit must be 1–1000000") }
    }
}
