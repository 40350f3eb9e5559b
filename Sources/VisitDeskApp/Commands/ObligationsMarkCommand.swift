import ArgumentParser
import Foundation
import VisitDesk

/// `visitdesk obligations mark ID --state S --reason TEXT`: decides an obligation by hand.
struct ObligationsMarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Mark an obligation kept, partly kept, broken or pending by hand, with the reason (recorded in the case's chain).",
        discussion: "A marked obligation keeps its state and takes no payment; marking it pending hands it back to the payment rule.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The obligation, as `visitdesk obligations` lists it.", valueName: "id"))
    var id: String

    @Option(help: "kept, partlyKept, broken or pending.")
    var state: ObligationState

    @Option(help: "Why (required): what the debtor or the lender said, a receipt seen…")
    var reason: String

    func validate() throws {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("--reason must say why the obligation is marked by hand")
        }
    }

    func run() throws {
        let store = try database.openExisting()
        guard let obligation = try store.obligation(id: id) else { throw UnknownObligation(id: id) }
        try store.record(.obligationMarked(obligationID: obligation.id, state: state, reason: reason), caseID: obligation.caseID, at: Date())
        let language = Language.preferred(environment: ProcessInfo.processInfo.environment)
        CommandOutput.error(LocalizedText(zh: "已将 \(obligation.id) 标记为\(state.label.zh)", en: "marked \(obligation.id) \(state.label.en.lowercased())")[language])
    }

    /// No obligation has the id given.
    struct UnknownObligation: ExplainedError {
        var id: String

        var explanation: LocalizedText {
            LocalizedText(zh: "没有履约事项 \(id)；`visitdesk obligations` 列出所有履约事项及其编号",
                          en: "there is no obligation \(id); `visitdesk obligations` lists them with their ids")
        }
    }
}
