import ArgumentParser

/// `visitdesk server …`: what the supervisor does on the team's PostgreSQL.
struct ServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server",
        abstract: "The supervisor's commands on the team's PostgreSQL: create the schema, add operators, import and assign cases, list what it holds, report a day and verify every chain.",
        subcommands: [
            ServerInitCommand.self, ServerAddOperatorCommand.self, ServerImportCommand.self, ServerAssignCommand.self,
            ServerCasesCommand.self, ServerVisitsCommand.self, ServerReportCommand.self, ServerVerifyCommand.self,
        ])
}
