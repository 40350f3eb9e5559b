import Foundation
import GRDB

extension VisitStore {
    /// How many events of each other device's stream of a case this desk holds, keyed
    /// `reference` and device id (lower-case).
    public func remoteCaseRecordCounts() throws(StoreError) -> [SyncStreamKey: Int] {
        try read { db in
            var counts: [SyncStreamKey: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT c.reference, r.device, max(r.sequence) FROM remoteCaseEvent r JOIN loanCase c ON c.id = r.caseID
                GROUP BY r.caseID, r.device
                """) {
                counts[SyncStreamKey(caseReference: row[0], device: row[1])] = row[2]
            }
            return counts
        }
    }

    /// Stores another device's records of a case, or those of them this desk lacks: each event
    /// must be signed by its device's key, name an operator with that device's badge, continue
    /// the stream as held here and read as a case record this desk would record (no control
    /// characters in its text); otherwise nothing is stored and the
    /// refusal says why. They enter the ledger; the case's appointments and obligations are
    /// rebuilt from its records with them, and its next action follows the latest one set
    /// anywhere (`followNextAction`).
    public func storeRemoteCaseRecords(_ remote: SyncRemoteCaseRecords) throws(StoreError) -> SyncRefusal? {
        guard let last = remote.events.last else { return nil }
        let device = remote.device.lowercased()
        let subject = LocalizedText(zh: "案件 \(remote.caseReference) 的记录", en: "the records of case \(remote.caseReference)")
        func refusal(_ reason: String) -> SyncRefusal { SyncRefusal(subject: subject, device: remote.device, reason: reason) }
        return try write { db -> SyncRefusal? in
            guard let caseID = try Int64.fetchOne(db, sql: "SELECT id FROM loanCase WHERE reference = ?", arguments: [remote.caseReference]) else {
                return refusal("its case is not on this desk")
            }
            guard device != self.device?.deviceID.lowercased() else {
                return refusal("fork: they are this device's own records, which the server holds differently")
            }
            guard let key = try Row.fetchOne(db, sql: "SELECT badge, publicKey FROM teamDevice WHERE id = ?", arguments: [device]) else {
                return refusal("bad signature: the device \(remote.device) is not one of the team's")
            }
            let badge: String = key[0], publicKey: String = key[1]
            let held = try Row.fetchOne(db, sql: """
                SELECT sequence, hash FROM remoteCaseEvent WHERE caseID = ? AND device = ? ORDER BY sequence DESC LIMIT 1
                """, arguments: [caseID, device])
            var previous: String = held?[1] ?? ""
            var expected = (held?[0] ?? 0) + 1
            var arriving: [CaseEvent] = []
            for event in remote.events {
                let stream = "\(event.stream.name) event \(event.sequence)"
                guard event.stream == .caseRecords(reference: remote.caseReference), event.device.lowercased() == device else {
                    return refusal("fork: \(stream) does not belong to the records of case \(remote.caseReference) of device \(remote.device)")
                }
                guard event.sequence == expected, event.continues(previous) else {
                    return refusal("fork: \(stream) from device \(remote.device) does not continue the chain held here (\(expected - 1) events)")
                }
                guard event.operatorName.hasSuffix("/" + badge), event.isSigned(by: publicKey) else {
                    return refusal("bad signature: \(stream) from device \(remote.device)")
                }
                let decoded: CaseEvent
                do {
                    decoded = try event.caseEvent(caseID: caseID)
                } catch {
                    return refusal("\(stream) is not a case record: \(error)")
                }
                // Refused as this desk refuses it typed: text that would garble a terminal or a file.
                if let unsafe = decoded.kind.firstUnsafeText() {
                    return refusal("\(stream): its \(unsafe.field) holds \(unsafe.character)")
                }
                arriving.append(decoded)
                previous = event.hash
                expected += 1
            }
            let insert = try db.cachedStatement(sql: """
                INSERT INTO remoteCaseEvent (caseID, device, sequence, kind, at, payload, hash, operatorName, signature)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (event, decoded) in zip(remote.events, arriving) {
                try insert.execute(arguments: [caseID, device, event.sequence, decoded.kind.name, decoded.at, event.payload, event.hash,
                                               event.operatorName, event.signature])
                try Ledger.append(caseID: caseID, device: device, sequence: event.sequence, eventHash: event.hash, db: db)
            }
            let records = try CaseEventReader(db: db, ownDevice: self.device?.deviceID).records(caseID: caseID)
            try AppointmentRows.rebuild(caseID: caseID, from: records, db: db)
            try followNextAction(of: arriving, caseID: caseID, db: db)
            if arriving.contains(where: { $0.kind.name == "paymentPosted" || $0.kind.name == "obligationMarked" }) {
                try ObligationBook(db: db, rule: paymentRule).refresh(caseID: caseID, on: CalendarDay(last.at, in: paymentRule.timeZone),
                                                                      terms: .asStored, records: records)
            }
            return nil
        }
    }

    /// Sets the case's next action from the latest appointment or hand setting that arrived,
    /// when nothing on this desk set it later: an outcome, an appointment or a hand setting
    /// recorded here, or another device's held before.
    private func followNextAction(of arriving: [CaseEvent], caseID: Int64, db: Database) throws {
        let settings = arriving.compactMap { event -> (at: Date, action: NextAction)? in
            switch event.kind {
            case .appointmentSet(let appointment): (event.at, NextAction(day: appointment.day, kind: .visit))
            case .nextActionSet(let action): (event.at, action)
            default: nil
            }
        }
        guard let latest = settings.max(by: { $0.at < $1.at }) else { return }
        let kinds = ["appointmentSet", "nextActionSet"]
        let setLater = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM caseEvent WHERE caseID = ?1 AND kind IN (?2, ?3) AND at > ?4)
                OR EXISTS (SELECT 1 FROM remoteCaseEvent WHERE caseID = ?1 AND kind IN (?2, ?3) AND at > ?4)
                OR EXISTS (SELECT 1 FROM visit WHERE caseID = ?1 AND outcomeCode IS NOT NULL AND lastEventAt > ?4)
            """, arguments: [caseID, kinds[0], kinds[1], latest.at]) ?? false
        if !setLater { try CaseStanding.setNextAction(latest.action, caseID: caseID, db: db) }
    }
}
