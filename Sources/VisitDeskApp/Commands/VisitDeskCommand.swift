import ArgumentParser

/// `visitdesk`: the full-screen desk, or one of the non-interactive subcommands.
public struct VisitDeskCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "visitdesk",
        abstract: "Keep a record of overdue-loan home visits as they happen.",
        subcommands: [DeskCommand.self],
        defaultSubcommand: DeskCommand.self
    )

    public init() {}
}
