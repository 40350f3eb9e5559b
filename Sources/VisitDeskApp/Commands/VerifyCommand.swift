import ArgumentParser
import VisitDesk

/// `visitdesk verify`: checks the whole record and prints what it checked.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every visit's audit chain, its row and the store-wide ledger; name the first thing that does not match.")

    @OptionGroup var database: DatabaseOptions
    @Option(name: .customLong("ledger-head"), help: ArgumentHelp(
        "A ledger head printed by an earlier verify: fail unless the ledger still holds it.", valueName: "hash"))
    var ledgerHead: String?

    func run() throws {
        let report = try database.openExisting().chainReport(expectedLedgerEntry: ledgerHead)
        for problem in report.problems { CommandOutput.error(problem.description) }
        guard report.isIntact else {
            CommandOutput.error(report.description)
            throw CommandFailure.chainsBroken(count: max(1, report.problems.count))
        }
        print(report.description)
        if !report.ledgerHead.isEmpty {
            print("ledger head \(report.ledgerHead) (note it: `visitdesk verify --ledger-head HASH` later proves that nothing recorded until now was removed)")
        }
    }
}
