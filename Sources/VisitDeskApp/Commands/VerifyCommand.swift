import ArgumentParser
import VisitDesk

/// `visitdesk verify`: checks the whole record and prints what it checked.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every visit's audit chain, its row and the store-wide ledger; name the first thing that does not match.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let report = try database.openExisting().chainReport()
        for problem in report.problems { CommandOutput.error(problem.description) }
        guard report.isIntact else {
            CommandOutput.error(report.description)
            throw CommandFailure.chainsBroken(count: report.problems.count)
        }
        print(report.description)
    }
}
