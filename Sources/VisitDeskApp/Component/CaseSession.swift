import Foundation
import VisitDesk

/// The case shown in the right-hand panes, with its open (or last) visit, the playbook it
/// follows and the rules' live warnings. The visit panel owns it; the checklist and the notes
/// read it from their context.
struct CaseSession: Hashable {
    var loanCase: LoanCase
    var visit: VisitState?
    var playbook: Playbook?
    var warnings: [RuleWarning] = []
    /// Personal data is shown (and the reveal logged).
    var revealed = false
    /// The case's records outside its visits (contacts, appointments, payments, marks, next action).
    var records = CaseRecords()
    /// The case's promises and instalments, in due order.
    var obligations: [Obligation] = []
    /// The next action in effect, whatever set it (an outcome, an appointment, a payment, by hand).
    var nextAction: NextAction?
    /// Days the case was visited from more than one device (team sync), oldest first.
    var conflicts: [SyncConflict] = []
    /// The day the records are shown for (upcoming appointments, obligations' state); set
    /// with the records and on each tick.
    var today: CalendarDay?
    /// The zone the records' times are shown in (the desk's clock), set with `today`.
    var timeZone = TimeZone(identifier: "UTC") ?? .current

    /// The visit if it is still open (every change can be made).
    var liveVisit: VisitState? {
        guard let visit, !visit.isEnded else { return nil }
        return visit
    }

    /// Whether the shown visit has ended but its follow-up stage can still be ticked: ended
    /// for any reason but "asked to leave".
    var isInFollowUp: Bool {
        guard let visit else { return false }
        return visit.isEnded && !visit.isLocked
    }

    /// Whether `itemID` can be marked now (any item while open; a follow-up item once ended).
    func canMark(_ itemID: String) -> Bool {
        visit?.canMark(itemID, in: playbook) ?? false
    }

    /// Whether `u` would take something back: the last change of an open visit, or an item
    /// ticked after the end.
    var canUndo: Bool {
        guard let visit, let sequence = visit.lastUndoableSequence else { return false }
        return !visit.isEnded || visit.acceptsAfterEnd(.undone(sequence: sequence), playbook: playbook)
    }

    /// The position of the visit's current stage in its playbook; once the visit has ended
    /// (not locked), the follow-up stage, whose items can still be ticked.
    var stageIndex: Int {
        guard let visit, let playbook else { return 0 }
        if isInFollowUp, !playbook.stages.isEmpty { return playbook.stages.count - 1 }
        return visit.currentStageIndex(in: playbook)
    }

    var currentStage: Stage? {
        guard let playbook, visit != nil, playbook.stages.indices.contains(stageIndex) else { return nil }
        return playbook.stages[stageIndex]
    }

    /// What the case's records say of the playbook's record checks for the shown visit.
    func checks(timeZone: TimeZone) -> RecordChecks {
        guard let visit, let playbook else { return RecordChecks() }
        return RecordChecks(playbook: playbook, visit: visit, records: records, timeZone: timeZone)
    }

    /// Recomputes the rules' warnings for `now`.
    mutating func refreshWarnings(_ rules: RuleEngine, now: Date) {
        if let visit, let playbook {
            warnings = rules.evaluate(visit: visit, playbook: playbook, loanCase: loanCase, now: now)
        } else {
            warnings = []
        }
    }
}
