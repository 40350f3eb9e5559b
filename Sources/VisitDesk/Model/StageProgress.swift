import Foundation

/// How far a visit got with one stage's required items. The desk's stage strip and the
/// record's "not done" section both read it, so a stage the visit has moved past is ✓ on
/// screen exactly when the record does not list it as left open (the current stage shows ▶).
public struct StageProgress: Hashable, Sendable {
    public var stageID: String
    /// The stage the visit is in now.
    public var isCurrent: Bool
    /// The visit has been in this stage (the first stage from the start, and every stage
    /// before the current one, since stages are entered one after another).
    public var wasEntered: Bool
    public var requiredCount: Int
    /// Required items done, not applicable, or skipped with a reason.
    public var resolvedCount: Int
    /// The required items still open (pending, or skipped without a reason), in playbook order.
    public var openItemIDs: [String]

    /// Every required item is done, not applicable or skipped with a reason.
    public var isResolved: Bool { openItemIDs.isEmpty }

    /// The visit was in this stage and has left it (or has ended) with required items open.
    public func wasLeftOpen(visitEnded: Bool) -> Bool {
        wasEntered && (!isCurrent || visitEnded) && !isResolved
    }

    /// Whether a mark settles a required item.
    public static func resolves(_ mark: ItemMark) -> Bool {
        switch mark {
        case .done, .notApplicable: true
        case .skipped(let reason): !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .pending: false
        }
    }
}

extension VisitState {
    /// The progress of every stage of `playbook`, in playbook order; an item the case's
    /// records answer counts as `checks` says (see `effectiveMark`).
    public func progress(in playbook: Playbook, checks: RecordChecks = RecordChecks()) -> [StageProgress] {
        let current = currentStageIndex(in: playbook)
        let entered = Set(stageHistory.map(\.stageID))
        return playbook.stages.enumerated().map { index, stage in
            let required = stage.items.filter(\.required)
            let open = required.filter { !StageProgress.resolves(effectiveMark(of: $0.id, checks: checks)) }.map(\.id)
            return StageProgress(stageID: stage.id, isCurrent: index == current,
                                 wasEntered: index <= current || entered.contains(stage.id),
                                 requiredCount: required.count, resolvedCount: required.count - open.count, openItemIDs: open)
        }
    }
}
