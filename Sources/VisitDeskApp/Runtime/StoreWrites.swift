import Foundation
import VisitDesk

/// The desk's writes, reported truthfully. A write that fails as busy is looked up in
/// the store before it is called "not saved": SQLite can report a lock after the
/// transaction committed, and a user told "not saved" for a saved tick would tick it again.
struct StoreWrites {
    let store: VisitStore

    /// Appends `kind` to the visit. Succeeds when the event is in the store, whether or
    /// not the append itself reported success; `knownEventCount` is how many events the
    /// desk last saw, so that an identical older event is not taken for this one.
    func append(_ kind: VisitEventKind, to visitID: Int64, knownEventCount: Int?, at date: Date) throws(StoreError) {
        do {
            _ = try store.append(kind, to: visitID, at: date)
        } catch {
            guard error.isBusy, let events = try? store.events(visitID: visitID), events.last?.kind == kind,
                  knownEventCount.map({ events.count > $0 }) ?? true else { throw error }
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
