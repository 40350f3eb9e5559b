import Foundation
import GRDB

/// Appends events inside a write transaction: numbers them, chains their hashes, enters them in
/// the store-wide ledger and keeps the visit row and the case status in step.
struct EventWriter {
    let db: Database
    let encoder = EventChain.encoder()
    let decoder = JSONDecoder()
    /// How payments settle the case's obligations when an outcome changes them.
    var paymentRule = PaymentRule()

    /// Appends `kind` to `visit` and updates the row in memory; `save` writes the row too.
    /// A `started` event is bound here to the visit's case as it is now, whatever binding it carried.
    /// `state`, when given, must be the visit's current fold; it is updated.
    /// An ended visit takes only what `VisitState.acceptsAfterEnd` allows, judged with `playbook`.
    @discardableResult
    func append(_ kind: VisitEventKind, at date: Date, to visit: inout VisitRecord, state: inout VisitState?, save: Bool,
                playbook: Playbook? = nil) throws -> VisitEvent {
        let visitID = visit.id!
        if visit.remote { throw StoreError.remoteVisit(visitID: visitID, device: visit.device ?? "") }
        if visit.endedAt != nil {
            if state == nil { state = try fold(visit) }
            guard let ended = state, ended.acceptsAfterEnd(kind, playbook: playbook) else {
                throw state?.isLocked == true ? StoreError.visitLocked(visitID: visitID) : StoreError.visitEnded(visitID: visitID)
            }
        } else if case .addendumAdded = kind {
            throw StoreError.addendumBeforeEnd(visitID: visitID)
        }
        if let unsafe = kind.firstUnsafeText() { throw StoreError.unsafeText(field: unsafe.field, character: unsafe.character) }
        if case .outcomeRecorded(let outcome) = kind {
            do { try outcome.validateFigures() } catch { throw StoreError.figuresOutOfRange(error) }
        }
        if case .evidenceAttached(let attachment) = kind, let reason = attachment.invalidity {
            throw StoreError.invalidAttachment(visitID: visitID, reason: reason)
        }
        var kind = kind
        if case .started(let role, let playbookID, let visitors, let location, _) = kind {
            guard visit.eventCount == 0 else { throw StoreError.startedTwice(visitID: visitID) }
            kind = .started(role: role, playbookID: playbookID, visitors: visitors, location: location,
                            binding: try binding(caseID: visit.caseID))
        }
        if case .undone(let sequence) = kind {
            if state == nil { state = try fold(visit) }
            guard state?.lastUndoableSequence == sequence else {
                throw StoreError.notUndoable(visitID: visitID, sequence: sequence, lastUndoable: state?.lastUndoableSequence)
            }
        }
        let at = Timestamp.normalized(date)
        let sequence = visit.eventCount + 1
        let payload = try EventChain.payload(visitID: visitID, sequence: sequence, at: at, kind: kind, encoder: encoder)
        let hash = EventChain.hash(previous: visit.headHash, payload: payload)
        try EventRecord(visitID: visitID, sequence: sequence, kind: kind.name, at: at, payload: payload, hash: hash).insert(db)
        try Ledger.append(visitID: visitID, sequence: sequence, eventHash: hash, db: db)
        let event = VisitEvent(visitID: visitID, sequence: sequence, at: at, kind: kind, hash: hash)
        let outcomeBefore = state?.outcome
        var outcomeChanged = false
        state?.apply(event)
        visit.eventCount = sequence
        visit.headHash = hash
        visit.lastEventAt = at
        switch kind {
        case .ended(let reason):
            visit.endedAt = at
            visit.endReason = reason.rawValue
        case .outcomeRecorded(let outcome):
            try settle(&visit, outcome: outcome)
            outcomeChanged = true
        case .undone:
            if let state, state.outcome != outcomeBefore {
                try settle(&visit, outcome: state.outcome?.outcome)
                outcomeChanged = true
            }
        default:
            break
        }
        if save {
            try visit.update(db)
            if outcomeChanged { try refreshObligations(of: visit, on: at) }
        }
        return event
    }

    /// Appends `kind` to `visit`, saves the row and returns the visit's new fold: `known` with the
    /// event applied while `known` is the stored visit's head, else the stored events' fold with it.
    func append(_ kind: VisitEventKind, at date: Date, to visit: inout VisitRecord, after known: VisitState?,
                playbook: Playbook? = nil) throws -> VisitState {
        var state: VisitState? = try known.flatMap { visit.isHead(of: $0) ? $0 : nil } ?? fold(visit)
        try append(kind, at: date, to: &visit, state: &state, save: true, playbook: playbook)
        return try state ?? fold(visit)
    }

    /// Rebuilds the obligations of the visit's case once its row holds the outcome in effect.
    func refreshObligations(of visit: VisitRecord, on date: Date) throws {
        try ObligationBook(db: db, rule: paymentRule).refresh(caseID: visit.caseID, on: CalendarDay(date, in: paymentRule.timeZone))
    }

    /// The visit folded from its stored events.
    func fold(_ visit: VisitRecord) throws -> VisitState {
        try VisitState.fold(events(of: visit.id!), caseID: visit.caseID)
    }

    func events(of visitID: Int64) throws -> [VisitEvent] {
        let rows = try Row.fetchAll(db, sql: "SELECT sequence, payload, hash FROM visitEvent WHERE visitID = ? ORDER BY sequence",
                                    arguments: [visitID])
        return try EventChain.decode(visitID: visitID, rows: rows.map { (sequence: $0[0], payload: $0[1], hash: $0[2]) }, decoder: decoder)
    }

    /// The case as a visit of it starts: what the `started` event binds the visit to.
    private func binding(caseID: Int64) throws -> CaseBinding {
        let sql = "SELECT reference, outstandingFen, daysOverdue, status FROM loanCase WHERE id = ?"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [caseID]) else {
            throw StoreError.caseNotFound(id: caseID)
        }
        return CaseBinding(reference: row[0], outstanding: Money(fen: row[1]), daysOverdue: row[2],
                           status: CaseStatus(rawValue: row[3]) ?? .open)
    }

    /// Records the visit's effective outcome, the case status it implies and the case's standing (`CaseStanding`).
    private func settle(_ visit: inout VisitRecord, outcome: Outcome?) throws {
        visit.outcomeCode = outcome?.code.rawValue
        let status = outcome.flatMap(CaseStatus.init(after:)) ?? CaseStatus(rawValue: visit.caseStatusAtStart) ?? .open
        try db.cachedStatement(sql: "UPDATE loanCase SET status = ? WHERE id = ?").execute(arguments: [status.rawValue, visit.caseID])
        try CaseStanding.record(outcome, caseID: visit.caseID, db: db)
    }
}

extension CaseStatus {
    /// The status an outcome puts a case in: promised, plan agreed or settled; nil for the others.
    public init?(after outcome: Outcome) {
        switch outcome {
        case .promiseToPay: self = .promised
        case .planAgreed: self = .planAgreed
        case .paidInFull: self = .settled
        default: return nil
        }
    }
}
