extension Playbook {
    /// The stage whose items can still be ticked once the visit has ended: the last one
    /// (departure and follow-up in the agent playbook; what to do afterwards in the debtor's).
    public var followUpStage: Stage? { stages.last }
}

extension VisitState {
    /// The sequence of the event that ended the visit, if it has ended.
    public var endSequence: Int? {
        effectiveEvents.last { if case .ended = $0.kind { true } else { false } }?.sequence
    }

    /// Whether `itemID` can be marked now: on a live visit any item; once ended, only an item
    /// of `playbook`'s follow-up stage, and not at all after "asked to leave".
    public func canMark(_ itemID: String, in playbook: Playbook?) -> Bool {
        guard isEnded else { return true }
        guard !isLocked, let playbook, playbook.id == playbookID else { return false }
        return playbook.followUpStage?.items.contains { $0.id == itemID } ?? false
    }

    /// Whether `kind` may still be written to this visit, which has ended: an addendum or an
    /// evidence file always (photos are often attached once the agent is back);
    /// a follow-up item's mark, or the undo of one marked after the end, unless the visitors
    /// were asked to leave. `playbook` is the visit's playbook, needed to know its follow-up items.
    public func acceptsAfterEnd(_ kind: VisitEventKind, playbook: Playbook?) -> Bool {
        switch kind {
        case .addendumAdded, .evidenceAttached:
            return true
        case .itemMarked(let itemID, _):
            return canMark(itemID, in: playbook)
        case .undone(let sequence):
            guard !isLocked, let end = endSequence, sequence > end,
                  let event = events.first(where: { $0.sequence == sequence }), case .itemMarked = event.kind else { return false }
            return true
        default:
            return false
        }
    }
}
