import Foundation
import GRDB

extension VisitStore {
    /// Starts a visit of a case. A case has at most one open visit.
    public func startVisit(caseID: Int64, role: Role, playbookID: String, visitors: [Visitor], location: String,
                           at date: Date) throws(StoreError) -> VisitState {
        try write { db in
            guard let status = try String.fetchOne(db, sql: "SELECT status FROM loanCase WHERE id = ?", arguments: [caseID]) else {
                throw StoreError.caseNotFound(id: caseID)
            }
            if let open = try VisitStore.openVisitID(caseID: caseID, db: db) {
                throw StoreError.visitAlreadyOpen(caseID: caseID, visitID: open)
            }
            let at = Timestamp.normalized(date)
            var visit = VisitRecord(id: nil, caseID: caseID, role: role.rawValue, playbookID: playbookID, startedAt: at,
                                    endedAt: nil, endReason: nil, outcomeCode: nil, caseStatusAtStart: status,
                                    eventCount: 0, headHash: "", lastEventAt: at)
            try visit.insert(db)
            var state: VisitState?
            let event = try EventWriter(db: db, paymentRule: paymentRule).append(
                .started(role: role, playbookID: playbookID, visitors: visitors, location: location),
                at: at, to: &visit, state: &state, save: true)
            return try VisitState.fold([event], caseID: caseID)
        }
    }

    /// Appends one event to a visit, durably, and returns it with its sequence and hash.
    /// `undone` must name the visit's last undoable event. Once the visit has ended it takes
    /// only addenda and, unless the visitors were asked to leave, marks of the follow-up stage's
    /// items (and their undo) — for which `playbook`, the visit's own, must be given.
    @discardableResult
    public func append(_ kind: VisitEventKind, to visitID: Int64, at date: Date, playbook: Playbook? = nil) throws(StoreError) -> VisitEvent {
        try write { db in
            guard var visit = try VisitRecord.fetchOne(db, key: visitID) else { throw StoreError.visitNotFound(id: visitID) }
            var state: VisitState?
            return try EventWriter(db: db, paymentRule: paymentRule).append(kind, at: date, to: &visit, state: &state, save: true, playbook: playbook)
        }
    }

    /// Appends one event to a visit, durably, and returns the visit with it, folded in the
    /// same transaction. `known` is the visit as the caller last saw it: while it is still the
    /// stored visit's head, only the new event is folded onto it; when it is older, of another
    /// visit or nil, the visit is folded from its stored events. Refused as `append(_:to:at:playbook:)` is.
    @discardableResult
    public func append(_ kind: VisitEventKind, to visitID: Int64, at date: Date, after known: VisitState?,
                       playbook: Playbook? = nil) throws(StoreError) -> VisitState {
        try write { db in
            guard var visit = try VisitRecord.fetchOne(db, key: visitID) else { throw StoreError.visitNotFound(id: visitID) }
            return try EventWriter(db: db, paymentRule: paymentRule).append(kind, at: date, to: &visit, after: known, playbook: playbook)
        }
    }

    /// Every event of a visit, oldest first.
    public func events(visitID: Int64) throws(StoreError) -> [VisitEvent] {
        try read { db in
            guard try VisitRecord.exists(db, key: visitID) else { throw StoreError.visitNotFound(id: visitID) }
            return try EventWriter(db: db).events(of: visitID)
        }
    }

    /// The visit as it stands: the fold of its events.
    public func visit(id: Int64) throws(StoreError) -> VisitState {
        try read { db in
            guard let visit = try VisitRecord.fetchOne(db, key: id) else { throw StoreError.visitNotFound(id: id) }
            return try EventWriter(db: db).fold(visit)
        }
    }

    /// The case's open visit, if there is one.
    public func openVisit(caseID: Int64) throws(StoreError) -> VisitState? {
        try read { db in
            guard let id = try VisitStore.openVisitID(caseID: caseID, db: db),
                  let visit = try VisitRecord.fetchOne(db, key: id) else { return nil }
            return try EventWriter(db: db).fold(visit)
        }
    }

    /// Past and open visits, newest first: of one case, or of the cases matching `query`, or all.
    public func visits(caseID: Int64? = nil, matching query: String? = nil, limit: Int = 500) throws(StoreError) -> [VisitListRow] {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let caseID {
                conditions.append("v.caseID = ?")
                arguments += [caseID]
            }
            if let search = CaseSearch(query) {
                conditions.append("v.caseID IN (\(search.sql))")
                arguments += search.arguments
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Row.fetchAll(db, sql: """
                SELECT v.id, v.caseID, c.reference, c.debtorName, v.role, v.playbookID, v.startedAt, v.endedAt,
                       v.endReason, v.outcomeCode, v.eventCount, v.device,
                       CASE WHEN v.remote THEN coalesce((SELECT operatorName FROM visitEvent WHERE visitID = v.id ORDER BY sequence LIMIT 1), '')
                       END
                FROM visit v JOIN loanCase c ON c.id = v.caseID
                \(filter)
                ORDER BY v.startedAt DESC, v.id DESC LIMIT ?
                """, arguments: arguments + [limit]).map { row in
                VisitListRow(
                    id: row[0], caseID: row[1], caseReference: row[2], debtorName: row[3],
                    role: Role(rawValue: row[4]) ?? .agent, playbookID: row[5], startedAt: row[6], endedAt: row[7],
                    endReason: (row[8] as String?).flatMap(EndReason.init(rawValue:)),
                    outcomeCode: (row[9] as String?).flatMap(OutcomeCode.init(rawValue:)), eventCount: row[10],
                    device: row[11], remoteOperator: row[12])
            }
        }
    }

    /// Logs that personal data of a case was revealed (`revealed`) or hidden again: as an event
    /// of its open visit when there is one, and then returns that visit as `append(_:to:at:after:)`
    /// does, folded onto `known` while it is current; else in the case access log, returning nil.
    @discardableResult
    public func recordReveal(caseID: Int64, fields: [PersonalField], revealed: Bool, at date: Date,
                             after known: VisitState? = nil) throws(StoreError) -> VisitState? {
        try write { db in
            guard try CaseRecord.exists(db, key: caseID) else { throw StoreError.caseNotFound(id: caseID) }
            if let visitID = try VisitStore.openVisitID(caseID: caseID, db: db), var visit = try VisitRecord.fetchOne(db, key: visitID) {
                let kind: VisitEventKind = revealed ? .personalDataRevealed(fields: fields) : .personalDataHidden
                return try EventWriter(db: db, paymentRule: paymentRule).append(kind, at: date, to: &visit, after: known)
            }
            var access = CaseAccessRecord(id: nil, caseID: caseID, at: Timestamp.normalized(date),
                                          fields: fields.map(\.rawValue).joined(separator: ","), revealed: revealed)
            try access.insert(db)
            return nil
        }
    }

    static func openVisitID(caseID: Int64, db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM visit WHERE caseID = ? AND endedAt IS NULL AND NOT remote", arguments: [caseID])
    }
}
