import Foundation
import VisitDesk

/// The desk's writes, reported truthfully. A write that fails as busy is looked up in
/// the store before it is called "not saved": SQLite can report a lock after the
/// transaction committed, and a user told "not saved" for a saved tick would tick it again.
struct StoreWrites {
    let store: VisitStore

    /// Appends `kind` to the visit and returns the visit with it. Succeeds when the event is
    /// in the store, whether or not the append itself reported success; `known` is the visit
    /// as the desk last saw it: the store folds the event onto it, and an identical event it
    /// already held is not taken for this one. `playbook` is the visit's own, which says what
    /// an ended visit still takes (its follow-up stage).
    func append(_ kind: VisitEventKind, to visitID: Int64, after known: VisitState?, playbook: Playbook? = nil,
                at date: Date) throws(StoreError) -> VisitState {
        do {
            return try store.append(kind, to: visitID, at: date, after: known, playbook: playbook)
        } catch {
            guard error.isBusy, let visit = try? store.visit(id: visitID), visit.events.last?.kind == kind,
                  known.map({ visit.events.count > $0.events.count }) ?? true else { throw error }
            return visit
        }
    }

    /// Records `kind` on the case. Succeeds when the event is in the store, whether or not the
    /// write itself reported success: a busy store's case whose chain grew past `knownEventCount`
    /// with this very event as its last one has it.
    func record(_ kind: CaseEventKind, caseID: Int64, knownEventCount: Int, at date: Date) throws(StoreError) {
        do {
            try store.record(kind, caseID: caseID, at: date)
        } catch {
            guard error.isBusy, let events = try? store.caseEvents(caseID: caseID), events.count > knownEventCount,
                  events.last?.kind == kind else { throw error }
        }
    }

    /// Starts a visit; when the start fails as busy but the case now has an open visit
    /// started with these visitors, that visit is the one this desk started.
    func startVisit(caseID: Int64, role: Role, playbookID: String, visitors: [Visitor], location: String,
                    at date: Date) throws(StoreError) -> VisitState {
        do {
            return try store.startVisit(caseID: caseID, role: role, playbookID: playbookID,
                                        visitors: visitors, location: location, at: date)
        } catch {
            guard error.isBusy, let visit = try? store.openVisit(caseID: caseID), visit.visitors == visitors,
                  visit.location == location, visit.role == role else { throw error }
            return visit
        }
    }
}
