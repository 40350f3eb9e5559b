import ArgumentParser
import Foundation
import TeamServer
import VisitDesk

/// `visitdesk sync`: pushes this device's events the team's server has not acknowledged and
/// pulls the cases assigned to its operator, reassignments and the other devices' visits of
/// those cases. Prints a short summary; each refusal (naming visit and device) and each
/// conflict goes to stderr. Exits 0 when everything moved, 1 when something was refused or the
/// server could not be reached.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Push this device's new events to the team's server and pull the cases, reassignments and visits of the other devices.",
        discussion: """
            The server is --pg, else $VISITDESK_PG, else [team] server in the configuration file, else the address \
            `visitdesk enroll` saved; the password comes from PGPASSWORD, PGPASSFILE or the 0600 password file. \
            Safe to run again at any time: a sync cut off anywhere sends nothing twice and loses nothing.
            """)

    @OptionGroup var database: DatabaseOptions
    @Option(name: .customLong("pg"), help: ArgumentHelp("The team server's address (postgresql://user@host/db, no password).", valueName: "url"))
    var server: String?

    func run() throws {
        let language = Language.preferred(environment: ProcessInfo.processInfo.environment)
        let address = try ServerSetting.requiredAddress(explicit: server, config: try VisitDeskConfig.load())
        let store = try database.openExisting()
        let report = try TeamSync.run(store: store, address: address)
        CommandOutput.print(report.summary[language])
        for conflict in report.conflicts { CommandOutput.error(conflict.described[language]) }
        for refusal in report.refusals { CommandOutput.error("visitdesk: " + refusal.message[language]) }
        if !report.isComplete { throw ExitCode(1) }
    }
}
