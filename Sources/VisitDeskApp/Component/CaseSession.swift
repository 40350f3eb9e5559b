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

    /// The visit if it can still be changed.
    var liveVisit: VisitState? {
        guard let visit, !visit.isEnded else { return nil }
        return visit
    }

    /// The position of the visit's current stage in its playbook.
    var stageIndex: Int {
        guard let visit, let playbook else { return 0 }
        return visit.currentStageIndex(in: playbook)
    }

    var currentStage: Stage? {
        guard let playbook, visit != nil, playbook.stages.indices.contains(stageIndex) else { return nil }
        return playbook.stages[stageIndex]
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
