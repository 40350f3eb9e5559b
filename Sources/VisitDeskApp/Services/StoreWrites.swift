import Foundation
import VisitDesk

/// The desk's writes, reported truthfully. A write that fails as busy is looked up in
/// the store before it is called "not saved": SQLite can report a lock after the
/// transaction committed, and a user told "not saved" for a saved tick would tick it again.
struct StoreWrites {
    let store: VisitStore

    /// Appends the event to its visit and returns the visit as the store now has it (nil when
    /// the event is in the store but the visit could not be read back). Succeeds when the event
    /// is in the store, whether or not the append itself reported success; the known visit's
    /// event count tells an identical older event from this one.
    func append(_ kind: VisitEventKind, to visitID: Int64, known: VisitState?, playbook: Playbook? = nil,
                at date: Date) throws(StoreError) -> VisitState? {
        do {
            _ = try store.append(kind, to: visitID, at: date, playbook: playbook)
        } catch {
            guard error.isBusy, let events = try? store.events(visitID: visitID), events.last?.kind == kind,
                  known.map({ events.count > $0.events.count }) ?? true else { throw error }
        }
        return try? store.visit(id: visitID)
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
