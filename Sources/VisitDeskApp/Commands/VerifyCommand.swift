import ArgumentParser
import VisitDesk

/// `visitdesk verify`: checks the whole record and prints what it checked; with `--visit` and
/// `--head`, checks a paper record's chain head against that visit's chain instead.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every visit's and case's audit chain, their rows, the store-wide ledger and every evidence file; name the first thing that does not match.",
        discussion: """
            With --visit ID --head HASH, checks the chain head printed on a paper record instead: whether it is \
            on the visit's current chain and how many events were recorded after it.
            """)

    @OptionGroup var database: DatabaseOptions
    @Option(name: .customLong("ledger-head"), help: ArgumentHelp(
        "A ledger head printed by an earlier verify: fail unless the ledger still holds it.", valueName: "hash"))
    var ledgerHead: String?
    @Option(name: .customLong("visit"), help: ArgumentHelp("The visit a paper record is of (with --head).", valueName: "id"))
    var visitID: Int64?
    @Option(name: .customLong("head"), help: ArgumentHelp(
        "The chain head printed on the paper record: all 64 hex digits or at least the first 12.", valueName: "hash"))
    var head: String?

    func validate() throws {
        switch (visitID, head) {
        case (nil, nil): return
        case (nil, _?): throw ValidationError("--head needs --visit: the id of the visit the paper record is of")
        case (_?, nil): throw ValidationError("--visit needs --head: the chain head printed on the paper record")
        case (_?, let head?):
            if ledgerHead != nil { throw ValidationError("--ledger-head checks the whole store; use it without --visit and --head") }
            do {
                _ = try PaperHead(head)
            } catch {
                throw ValidationError(error.description)
            }
        }
    }

    func run() throws {
        if let visitID, let head {
            try checkPaper(visitID: visitID, head: try PaperHead(head))
            return
        }
        let report = try database.openExisting().chainReport(expectedLedgerEntry: ledgerHead)
        for problem in report.problemDescriptions { CommandOutput.error(problem) }
        guard report.isIntact else {
            CommandOutput.error(report.description)
            throw CommandFailure.chainsBroken(count: max(1, report.problemDescriptions.count))
        }
        print(report.description)
        if !report.ledgerHead.isEmpty {
            print("ledger head \(report.ledgerHead) (note it: `visitdesk verify --ledger-head HASH` later proves that nothing recorded until now was removed)")
        }
    }

    /// Prints where the paper's head stands; exits 1 unless it is on the visit's current chain.
    private func checkPaper(visitID: Int64, head: PaperHead) throws {
        let check = try database.openExisting().paperCheck(visitID: visitID, head: head)
        let count = check.eventCount
        switch check.standing {
        case .current:
            print("visit \(visitID): head \(head) is the current head of its chain (event \(count) of \(count)): nothing was recorded after this paper was printed")
        case .followedBy(let sequence, let after):
            let events = after == 1 ? "1 event was" : "\(after) events were"
            print("visit \(visitID): head \(head) is on its current chain at event \(sequence) of \(count): \(events) recorded after this paper was printed (current head \(check.currentHead))")
        case .notOnChain:
            CommandOutput.error("visit \(visitID): head \(head) is not on the visit's current chain: the paper does not match the record (it is of another visit, or the events it was printed from were changed or removed)")
            throw ExitCode(1)
        case .chainBroken(let sequence):
            CommandOutput.error("visit \(visitID): its chain is broken at event \(sequence), so no paper can be matched with it; `visitdesk verify` says what changed")
            throw ExitCode(1)
        }
    }
}
