import ArgumentParser
import VisitDesk

/// `visitdesk verify`: recomputes every audit chain.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute every visit's audit chain; name the first row that does not match.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.open()
        let problems = try store.verify()
        let statistics = try store.statistics()
        guard problems.isEmpty else {
            for problem in problems { CommandOutput.error(problem.description) }
            throw CommandFailure.chainsBroken(count: problems.count)
        }
        print("ok: \(statistics.visitCount) visits, \(statistics.eventCount) events; every audit chain matches")
    }
}
