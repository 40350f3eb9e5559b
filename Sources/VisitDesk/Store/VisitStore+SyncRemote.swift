import Foundation
import GRDB

extension VisitStore {
    /// Keeps the team's devices and their public keys, which pulled events are checked against.
    public func storeTeamDevices(_ keys: [SyncDeviceKey]) throws(StoreError) {
        try write { db in
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO teamDevice (id, badge, publicKey) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET badge = excluded.badge, publicKey = excluded.publicKey
                """)
            for key in keys { try upsert.execute(arguments: [key.id.lowercased(), key.badge, key.publicKey]) }
        }
    }

    /// The other devices' visits held here, by global id, with how many of their events.
    public func remoteVisitCounts() throws(StoreError) -> [String: Int] {
        try read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT uid, eventCount FROM visit WHERE remote") { counts[row[0]] = row[1] }
            return counts
        }
    }

    /// Stores another device's visit, or the events of it this desk lacks, as a `remote` visit:
    /// read-only here, its events entered in the ledger like any so `verify` keeps covering them,
    /// its row folded from its events as `EventWriter` keeps a visit's row. Each event must be
    /// signed by its device's key (`teamDevice`, `storeTeamDevices`), name an operator with that
    /// device's badge and continue the visit's chain as held here; otherwise nothing of the
    /// visit is stored and the refusal says why. A remote visit's outcome settles its case and
    /// obligations as one recorded here would.
    public func storeRemoteVisit(_ remote: SyncRemoteVisit) throws(StoreError) -> SyncRefusal? {
        guard !remote.events.isEmpty else { return nil }
        let subject = LocalizedText(zh: "走访 \(remote.uid)（案件 \(remote.caseReference)）", en: "visit \(remote.uid) (case \(remote.caseReference))")
        func refusal(_ reason: String) -> SyncRefusal { SyncRefusal(subject: subject, device: remote.device, reason: reason) }
        return try write { db -> SyncRefusal? in
            guard let caseRow = try Row.fetchOne(db, sql: "SELECT id, status FROM loanCase WHERE reference = ?", arguments: [remote.caseReference]) else {
                return refusal("its case is not on this desk")
            }
            let caseID: Int64 = caseRow[0]
            guard let key = try Row.fetchOne(db, sql: "SELECT badge, publicKey FROM teamDevice WHERE id = ?", arguments: [remote.device.lowercased()]) else {
                return refusal("bad signature: the device \(remote.device) is not one of the team's")
            }
            let badge: String = key[0]
            let publicKey: String = key[1]
            var visit = try VisitRecord.fetchOne(db, sql: "SELECT * FROM visit WHERE uid = ?", arguments: [remote.uid])
            if let visit, !visit.remote {
                return refusal("fork: visit/\(remote.uid) was started on this desk, not by device \(remote.device)")
            }
            var previous = visit?.headHash ?? ""
            var expected = (visit?.eventCount ?? 0) + 1
            for event in remote.events {
                let stream = "\(event.stream.name) event \(event.sequence)"
                guard event.stream == .visit(uid: remote.uid), event.device.lowercased() == remote.device.lowercased() else {
                    return refusal("fork: \(stream) does not belong to visit/\(remote.uid) of device \(remote.device)")
                }
                guard event.sequence == expected, event.continues(previous) else {
                    return refusal("fork: \(stream) from device \(remote.device) does not continue the chain held here (\(expected - 1) events)")
                }
                guard event.operatorName.hasSuffix("/" + badge), event.isSigned(by: publicKey) else {
                    return refusal("bad signature: \(stream) from device \(remote.device)")
                }
                previous = event.hash
                expected += 1
            }
            let writer = EventWriter(db: db, paymentRule: paymentRule)
            let held = try visit.map { try writer.events(of: $0.id!) } ?? []
            var arriving: [VisitEvent] = []
            for event in remote.events {
                let decoded: VisitEvent
                do {
                    decoded = try event.visitEvent(visitID: visit?.id ?? 0)
                } catch {
                    return refusal("\(event.stream.name) event \(event.sequence) is not a visit's event: \(error)")
                }
                // Refused as this desk refuses it typed: text that would garble a terminal or a file.
                if let unsafe = decoded.kind.firstUnsafeText() {
                    return refusal("\(event.stream.name) event \(event.sequence): its \(unsafe.field) holds \(unsafe.character)")
                }
                arriving.append(decoded)
            }
            let state: VisitState
            do {
                state = try VisitState.fold(held + arriving, caseID: caseID)
            } catch {
                return refusal("its events do not make a visit: \(error)")
            }
            if visit == nil {
                var statusAtStart: String = caseRow[1]
                if case .started(_, _, _, _, let binding?) = (held + arriving)[0].kind {
                    guard binding.reference == remote.caseReference else {
                        return refusal("it names the case \(binding.reference), not \(remote.caseReference)")
                    }
                    statusAtStart = binding.status.rawValue
                }
                var record = VisitRecord(id: nil, caseID: caseID, role: state.role.rawValue, playbookID: state.playbookID,
                                         startedAt: state.startedAt, endedAt: nil, endReason: nil, outcomeCode: nil,
                                         caseStatusAtStart: statusAtStart, eventCount: 0, headHash: "", lastEventAt: state.startedAt)
                record.uid = remote.uid
                record.originID = remote.originID
                record.device = remote.device.lowercased()
                record.remote = true
                try record.insert(db)
                visit = record
            }
            guard var visit else { return nil }
            for (event, decoded) in zip(remote.events, arriving) {
                try EventRecord(visitID: visit.id!, sequence: event.sequence, kind: decoded.kind.name, at: decoded.at, payload: event.payload,
                                hash: event.hash, operatorName: event.operatorName, device: event.device.lowercased(),
                                signature: event.signature).insert(db)
                try Ledger.append(visitID: visit.id!, sequence: event.sequence, eventHash: event.hash, db: db)
            }
            let outcomeBefore = visit.outcomeCode
            visit.endedAt = state.endedAt
            visit.endReason = state.endReason?.rawValue
            visit.outcomeCode = state.outcome?.outcome.code.rawValue
            visit.eventCount = state.events.count
            visit.pushedCount = visit.eventCount
            visit.headHash = previous
            visit.lastEventAt = (held + arriving).last?.at ?? visit.lastEventAt
            try visit.update(db)
            if visit.outcomeCode != nil || outcomeBefore != nil {
                try settleCase(after: visit, outcome: state.outcome?.outcome, db: db)
            }
            return nil
        }
    }

    /// What a remote visit's outcome does to its case, as `EventWriter` does for one recorded
    /// here: the latest visit with an outcome sets the status and standing; obligations are
    /// rebuilt from all the case's visits.
    private func settleCase(after visit: VisitRecord, outcome: Outcome?, db: Database) throws {
        let later = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM visit WHERE caseID = ? AND id <> ? AND outcomeCode IS NOT NULL AND startedAt > ?)
            """, arguments: [visit.caseID, visit.id, visit.startedAt]) ?? false
        if !later {
            let status = outcome.flatMap(CaseStatus.init(after:)) ?? CaseStatus(rawValue: visit.caseStatusAtStart) ?? .open
            try db.execute(sql: "UPDATE loanCase SET status = ? WHERE id = ?", arguments: [status.rawValue, visit.caseID])
            try CaseStanding.record(outcome, caseID: visit.caseID, db: db)
        }
        try ObligationBook(db: db, rule: paymentRule).refresh(caseID: visit.caseID, on: CalendarDay(visit.lastEventAt, in: paymentRule.timeZone))
    }
}
