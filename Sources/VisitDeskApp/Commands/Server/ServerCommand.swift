import ArgumentParser

/// `visitdesk server …`: the supervisor's commands on the team's server.
struct ServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server",
        abstract: "Work on the team's PostgreSQL server.",
        subcommands: [ServerReportCommand.self, ServerVerifyCommand.self])
}
