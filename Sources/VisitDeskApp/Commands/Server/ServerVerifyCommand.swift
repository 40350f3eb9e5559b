import ArgumentParser
import Foundation
import TeamServer
import VisitDesk

/// `visitdesk server verify`: every chain and signature the team's server holds, checked here.
struct ServerVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every visit's and case's chain on the team's server, each signature against its device's key and each operator against its device; name the first bad event.")

    @Option(help: ArgumentHelp("The team's server (default: VISITDESK_PG, [team] server, or the address enroll saved).", valueName: "url"))
    var pg: String?

    func run() throws {
        let config = try VisitDeskConfig.load()
        let server = try ServerConnection.open(try ServerSetting.requiredAddress(explicit: pg, config: config))
        defer { server.close() }
        try ServerMigrator.requireCurrent(server)
        let verification = try ServerVerifier.verify(server)
        let checked = "\(verification.visitStreams) visit stream(s), \(verification.caseStreams) case stream(s), \(verification.events) event(s)"
        if let problem = verification.firstProblem {
            CommandOutput.error(problem.explanation.en)
            CommandOutput.error("stopped at the first bad event after \(checked)")
            throw CommandFailure.chainsBroken(count: 1)
        }
        CommandOutput.print("all chains and signatures check: \(checked)")
    }
}
