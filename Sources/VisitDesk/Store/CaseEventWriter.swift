import Foundation
import GRDB

/// Appends case events inside a write transaction: checks them, numbers them, chains their
/// hashes, enters them in the store-wide ledger and keeps the case row's head, its
/// appointments and its next action in step.
struct CaseEventWriter {
    let db: Database
    let encoder = EventChain.encoder()
    var paymentRule = PaymentRule()
    /// False when the caller rebuilds each case's obligations once after writing many payments
    /// (the payments import), instead of once per payment.
    var refreshesObligations = true

    @discardableResult
    func append(_ kind: CaseEventKind, at date: Date, caseID: Int64) throws -> CaseEvent {
        let kind = try namingItsVisit(kind, caseID: caseID)
        let sql = "SELECT reference, eventCount, headHash FROM loanCase WHERE id = ?"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [caseID]) else {
            throw StoreError.caseNotFound(id: caseID)
        }
        let reference: String = row[0]
        if let unsafe = kind.firstUnsafeText() { throw StoreError.unsafeText(field: unsafe.field, character: unsafe.character) }
        if let reason = try refusal(of: kind, caseID: caseID) {
            throw StoreError.invalidCaseRecord(reference: reference, reason: reason)
        }
        let at = Timestamp.normalized(date)
        let sequence = (row[1] as Int) + 1
        let payload = try CaseEventChain.payload(caseID: caseID, sequence: sequence, at: at, kind: kind, encoder: encoder)
        let hash = EventChain.hash(previous: row[2], payload: payload)
        try CaseEventRecord(caseID: caseID, sequence: sequence, kind: kind.name, at: at, payload: payload, hash: hash).insert(db)
        try Ledger.append(caseID: caseID, sequence: sequence, eventHash: hash, db: db)
        try db.cachedStatement(sql: "UPDATE loanCase SET eventCount = ?, headHash = ? WHERE id = ?")
            .execute(arguments: [sequence, hash, caseID])
        try project(kind, caseID: caseID, at: at)
        return CaseEvent(caseID: caseID, sequence: sequence, at: at, kind: kind, hash: hash)
    }

    /// Why `kind` cannot be recorded on the case, or nil when it can.
    private func refusal(of kind: CaseEventKind, caseID: Int64) throws -> LocalizedText? {
        switch kind {
        case .contactAttempted(let attempt):
            return Self.outOfRange(CalendarDay(attempt.at, in: paymentRule.timeZone), what: LocalizedText(zh: "联系时间", en: "the contact time"))
        case .appointmentSet(let appointment):
            if appointment.id.isEmpty { return LocalizedText(zh: "预约没有编号", en: "the appointment has no id") }
            if appointment.timeOfDay == nil {
                return LocalizedText(zh: "预约时间 \(appointment.time) 不是 HH:MM", en: "the appointment time \(appointment.time) is not HH:MM")
            }
            return Self.outOfRange(appointment.day, what: LocalizedText(zh: "预约日期", en: "the appointment day"))
        case .appointmentCancelled(let appointmentID, _):
            let known = try Bool.fetchOne(db, sql: "SELECT 1 FROM appointment WHERE caseID = ? AND id = ?",
                                          arguments: [caseID, appointmentID]) ?? false
            return known ? nil : LocalizedText(zh: "没有预约 \(appointmentID)", en: "there is no appointment \(appointmentID)")
        case .nextActionSet(let action):
            return Self.outOfRange(action.day, what: LocalizedText(zh: "下一步日期", en: "the next action's day"))
        case .paymentPosted(let payment):
            guard payment.amount > .zero, DomainLimits.contains(payment.amount) else {
                return LocalizedText(zh: "还款金额 \(payment.amount.formatted) 应大于零且不超过 \(DomainLimits.maximumAmount.formatted)",
                                     en: "the payment \(payment.amount.formatted) must be more than zero and at most \(DomainLimits.maximumAmount.formatted)")
            }
            return Self.outOfRange(payment.day, what: LocalizedText(zh: "还款日期", en: "the payment day"))
        case .obligationMarked(let obligationID, _, let reason, _):
            if reason.trimmingWhitespace().isEmpty {
                return LocalizedText(zh: "手动标记需要写明原因", en: "a mark by hand needs a reason")
            }
            let known = try Bool.fetchOne(db, sql: "SELECT 1 FROM obligation WHERE caseID = ? AND id = ?",
                                          arguments: [caseID, obligationID]) ?? false
            return known ? nil : LocalizedText(zh: "本案没有履约事项 \(obligationID)", en: "the case has no obligation \(obligationID)")
        case .evidenceAttached(let attachment):
            return attachment.invalidity
        }
    }

    /// A hand mark with the global id of the visit that agreed its obligation, which other desks
    /// number differently.
    private func namingItsVisit(_ kind: CaseEventKind, caseID: Int64) throws -> CaseEventKind {
        guard case .obligationMarked(let obligationID, let state, let reason, nil) = kind,
              let uid = try String.fetchOne(db, sql: """
                  SELECT v.uid FROM obligation o JOIN visit v ON v.id = o.visitID WHERE o.caseID = ? AND o.id = ?
                  """, arguments: [caseID, obligationID]) else { return kind }
        return .obligationMarked(obligationID: obligationID, state: state, reason: reason, visitUID: uid)
    }

    private static func outOfRange(_ day: CalendarDay, what: LocalizedText) -> LocalizedText? {
        guard !DomainLimits.contains(day) else { return nil }
        let range = "\(DomainLimits.earliestDay)…\(DomainLimits.latestDay)"
        return LocalizedText(zh: "\(what.zh) \(day) 不在 \(range) 之内", en: "\(what.en) \(day) is outside \(range)")
    }

    /// Keeps the tables that answer "what is due when" in step with the event.
    private func project(_ kind: CaseEventKind, caseID: Int64, at: Date) throws {
        switch kind {
        case .appointmentSet(let appointment):
            try AppointmentRows.upsert(appointment, caseID: caseID, encoder: encoder, db: db)
            try CaseStanding.setNextAction(NextAction(day: appointment.day, kind: .visit), caseID: caseID, db: db)
        case .appointmentCancelled(let appointmentID, _):
            try db.execute(sql: "UPDATE appointment SET cancelled = 1 WHERE caseID = ? AND id = ?", arguments: [caseID, appointmentID])
        case .nextActionSet(let action):
            try CaseStanding.setNextAction(action, caseID: caseID, db: db)
        case .paymentPosted, .obligationMarked:
            guard refreshesObligations else { break }
            try ObligationBook(db: db, rule: paymentRule).refresh(caseID: caseID, on: CalendarDay(at, in: paymentRule.timeZone), terms: .asStored)
        case .contactAttempted, .evidenceAttached:
            break
        }
    }
}
