import ArgumentParser

/// `visitdesk payments`: the lender's repayment records.
struct PaymentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payments",
        abstract: "Post the lender's repayment records to their cases.",
        subcommands: [PaymentsImportCommand.self])
}
