import VisitDesk

/// One case event for the store (a contact attempt, an appointment, a next action, a hand
/// mark), with the case's event count as the desk saw it: a busy store that reports a write it
/// made is then not taken for "not saved". The dialog that asked closes once the store has it.
struct CaseWrite: Hashable, Sendable {
    var caseID: Int64
    var kind: CaseEventKind
    var knownEventCount: Int
}
