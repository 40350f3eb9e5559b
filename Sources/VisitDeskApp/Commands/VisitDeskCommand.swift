import ArgumentParser
import Foundation
import VisitDesk

/// `visitdesk`: the full-screen desk, or one of the non-interactive subcommands.
public struct VisitDeskCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "visitdesk",
        abstract: "Keep a record of overdue-loan home visits as they happen.",
        version: VisitDeskVersion.current,
        subcommands: [
            DeskCommand.self, InitCommand.self, DemoCommand.self, ImportCommand.self, CasesCommand.self, VisitsCommand.self,
            ContactCommand.self, CaseRecordsCommand.self, PaymentsCommand.self, ObligationsCommand.self, TodayCommand.self,
            ReportCommand.self, SummaryCommand.self, PrintCommand.self, ExportCommand.self, VerifyCommand.self,
            AttachCommand.self, EvidenceCommand.self, PlaybooksCommand.self, ThemesCommand.self,
            ServerCommand.self,
        ],
        defaultSubcommand: DeskCommand.self
    )

    public init() {}

    /// Runs the command line and exits: 0 on success, 1 on bad input, 2 on a usage error.
    /// Messages go to stderr as one readable line or list, never a stack trace.
    public static func main() {
        Foundation.exit(run(arguments: Array(CommandLine.arguments.dropFirst())))
    }

    /// Parses and runs `arguments`; returns the exit status.
    public static func run(arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch {
            return report(error)
        }
    }

    private static func report(_ error: any Error) -> Int32 {
        if let code = error as? ExitCode {
            return code.rawValue
        }
        let code = exitCode(for: error)
        if code == .success {
            CommandOutput.print(fullMessage(for: error))
            return 0
        }
        if code == .validationFailure {
            CommandOutput.error(fullMessage(for: error))
            return 2
        }
        let language = Language.preferred(environment: ProcessInfo.processInfo.environment)
        CommandOutput.error("visitdesk: \(ErrorText.message(for: error, language: language))")
        return 1
    }
}
