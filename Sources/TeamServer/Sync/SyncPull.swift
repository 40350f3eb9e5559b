import Foundation
import PostgresNIO
import VisitDesk

/// Pulls, through the agent's own login (row-level security shows it only its assigned cases
/// and their visits): the team's device keys, the cases assigned here that changed, the cases
/// no longer assigned (withdrawn here), and other devices' visits of those cases with the events
/// this desk lacks, each checked against its device's key and its chain before it is stored,
/// other devices' records of those cases (contact attempts, appointments, payments, marks…)
/// checked alike, and the evidence files they attach.
struct SyncPull {
    let store: VisitStore
    let server: ServerConnection
    let device: DeviceIdentity
    let now: Date

    func run(into report: inout SyncReport) throws(ServerError) {
        try pullDevices()
        try pullCases(into: &report)
        try pullVisits(into: &report)
        try pullCaseRecords(into: &report)
        try pullMissingEvidence(into: &report)
    }

    private func pullDevices() throws(ServerError) {
        let keys: [SyncDeviceKey] = try server.run { connection, logger in
            var keys: [SyncDeviceKey] = []
            for try await (id, badge, key) in try await connection.query(
                "SELECT id::text, badge, public_key FROM device", logger: logger).decode((String, String, String).self) {
                keys.append(SyncDeviceKey(id: id, badge: badge, publicKey: key))
            }
            return keys
        }
        try SyncLocalStore.run { () throws(StoreError) in try store.storeTeamDevices(keys) }
    }

    private func pullCases(into report: inout SyncReport) throws(ServerError) {
        let assigned: [String: Int64] = try server.run { connection, logger in
            var versions: [String: Int64] = [:]
            for try await (reference, version) in try await connection.query(
                "SELECT reference, version FROM loan_case", logger: logger).decode((String, Int64).self) {
                versions[reference] = version
            }
            return versions
        }
        let held = try SyncLocalStore.run { () throws(StoreError) in try store.syncedCaseVersions() }
        let changed = assigned.filter { held[$0.key] != $0.value }.map(\.key).sorted()
        for start in stride(from: 0, to: changed.count, by: 1_000) {
            let references = Array(changed[start..<min(start + 1_000, changed.count)])
            let cases: [SyncCase] = try server.run { connection, logger in
                var cases: [SyncCase] = []
                let rows = try await connection.query("""
                    SELECT reference, debtor_name, phone, id_number, address, product, outstanding_fen, days_overdue, status, tags,
                           coalesce(assigned_badge, ''), version
                    FROM loan_case WHERE reference = ANY(\(references)) ORDER BY reference
                    """, logger: logger)
                for try await row in rows.decode((String, String, String, String, String, String, Int64, Int, String, String, String, Int64).self) {
                    let tags = row.9.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    let loanCase = LoanCase(reference: row.0, debtorName: row.1, phone: row.2, idNumber: row.3, address: row.4,
                                            product: row.5, outstanding: Money(fen: row.6), daysOverdue: row.7,
                                            status: CaseStatus(rawValue: row.8) ?? .open, assignedAgent: row.10, tags: tags)
                    cases.append(SyncCase(loanCase: loanCase, serverVersion: row.11))
                }
                return cases
            }
            let counts = try SyncLocalStore.run { () throws(StoreError) in try store.applyAssignedCases(cases) }
            report.casesAdded += counts.added
            report.casesUpdated += counts.updated
        }
        report.casesWithdrawn += try SyncLocalStore.run { () throws(StoreError) in
            try store.withdrawCases(notIn: Set(assigned.keys), at: now)
        }
    }

    private struct VisitHead: Sendable {
        var uid: String
        var caseReference: String
        var device: String
        var originID: Int64
        var count: Int
    }

    private func pullVisits(into report: inout SyncReport) throws(ServerError) {
        let me = device.deviceID
        // From this operator's cases to their visits (an index walk), not every visit on the
        // server filtered by row-level security: at a million visits that scan took 12 s.
        let heads: [VisitHead] = try server.run { connection, logger in
            var heads: [VisitHead] = []
            for try await (uid, reference, device, originID, count) in try await connection.query("""
                SELECT v.uid::text, v.case_reference, v.device::text, v.origin_id, v.event_count
                FROM loan_case c JOIN visit v ON v.case_reference = c.reference
                WHERE c.assigned_badge = vd_current_badge() AND v.device <> \(me)::uuid AND v.event_count > 0
                ORDER BY v.started_at, v.uid
                """, logger: logger).decode((String, String, String, Int64, Int).self) {
                heads.append(VisitHead(uid: uid, caseReference: reference, device: device, originID: originID, count: count))
            }
            return heads
        }
        let held = try SyncLocalStore.run { () throws(StoreError) in try store.remoteVisitCounts() }
        for head in heads where head.count > held[head.uid, default: 0] {
            let after = held[head.uid, default: 0]
            let events = try remoteEvents(of: head.uid, after: after)
            let visit = SyncRemoteVisit(uid: head.uid, caseReference: head.caseReference, device: head.device,
                                        originID: head.originID, events: events)
            if let refusal = try SyncLocalStore.run({ () throws(StoreError) in try store.storeRemoteVisit(visit) }) {
                report.refusals.append(refusal)
                continue
            }
            if after == 0 { report.pulledVisits += 1 }
            report.pulledEvents += events.count
        }
    }

    /// Other devices' streams of records of this operator's cases, from the cases (an index
    /// walk), with the events of each this desk lacks.
    private func pullCaseRecords(into report: inout SyncReport) throws(ServerError) {
        let me = device.deviceID
        let heads: [(key: SyncStreamKey, count: Int)] = try server.run { connection, logger in
            var heads: [(key: SyncStreamKey, count: Int)] = []
            for try await (reference, device, count) in try await connection.query("""
                SELECT s.case_reference, s.device::text, s.event_count
                FROM loan_case c JOIN case_stream s ON s.case_reference = c.reference
                WHERE c.assigned_badge = vd_current_badge() AND s.device <> \(me)::uuid AND s.event_count > 0
                ORDER BY s.case_reference, s.device
                """, logger: logger).decode((String, String, Int).self) {
                heads.append((SyncStreamKey(caseReference: reference, device: device), count))
            }
            return heads
        }
        let held = try SyncLocalStore.run { () throws(StoreError) in try store.remoteCaseRecordCounts() }
        for head in heads where head.count > held[head.key, default: 0] {
            let after = held[head.key, default: 0]
            let reference = head.key.caseReference, device = head.key.device
            let events: [SignedEvent] = try server.run { connection, logger in
                var events: [SignedEvent] = []
                for try await row in try await connection.query("""
                    SELECT sequence, kind, at, payload, hash, operator_name, signature FROM case_event
                    WHERE case_reference = \(reference) AND device = \(device)::uuid AND sequence > \(after) ORDER BY sequence
                    """, logger: logger).decode((Int, String, Date, String, String, String, String).self) {
                    events.append(SignedEvent(stream: .caseRecords(reference: reference), sequence: row.0, kind: row.1, at: row.2,
                                              payload: row.3, hash: row.4, operatorName: row.5, device: device, signature: row.6))
                }
                return events
            }
            let records = SyncRemoteCaseRecords(caseReference: reference, device: device, events: events)
            if let refusal = try SyncLocalStore.run({ () throws(StoreError) in try store.storeRemoteCaseRecords(records) }) {
                report.refusals.append(refusal)
                continue
            }
            report.pulledCaseRecords += events.count
        }
    }

    /// Every file the other devices' visits and records here attach, also those a cut-off sync did not fetch.
    private func pullMissingEvidence(into report: inout SyncReport) throws(ServerError) {
        for missing in try SyncLocalStore.run({ () throws(StoreError) in try store.missingRemoteEvidence() }) {
            if let refusal = try pullEvidence(missing.attachment, of: missing.owner, device: missing.device) {
                report.refusals.append(refusal)
            } else {
                report.evidenceDownloaded += 1
            }
        }
    }

    private func remoteEvents(of uid: String, after count: Int) throws(ServerError) -> [SignedEvent] {
        try server.run { connection, logger in
            var events: [SignedEvent] = []
            for try await row in try await connection.query("""
                SELECT sequence, kind, at, payload, hash, operator_name, device::text, signature FROM visit_event
                WHERE visit_uid = \(uid)::uuid AND sequence > \(count) ORDER BY sequence
                """, logger: logger).decode((Int, String, Date, String, String, String, String, String).self) {
                events.append(SignedEvent(stream: .visit(uid: uid), sequence: row.0, kind: row.1, at: row.2, payload: row.3,
                                          hash: row.4, operatorName: row.5, device: row.6, signature: row.7))
            }
            return events
        }
    }

    /// Fetches one evidence file and keeps it, checked against its SHA-256; a refusal when the
    /// server does not hold it or it does not hash to its name.
    private func pullEvidence(_ attachment: Attachment, of owner: LocalizedText, device: String) throws(ServerError) -> SyncRefusal? {
        let sha256 = attachment.sha256
        let content: Data? = try server.run { connection, logger in
            for try await data in try await connection.query(
                "SELECT content FROM evidence WHERE sha256 = \(sha256)", logger: logger).decode(Data.self) { return data }
            return nil
        }
        let subject = LocalizedText(zh: "\(owner.zh)的证据 \(attachment.name)", en: "the evidence \(attachment.name) of \(owner.en)")
        guard let content else { return SyncRefusal(subject: subject, device: device, reason: "the server does not hold \(sha256)") }
        do {
            guard try store.keepPulledEvidence(content, sha256: sha256) else {
                return SyncRefusal(subject: subject, device: device, reason: "what the server sent does not hash to \(sha256)")
            }
        } catch {
            return SyncRefusal(subject: subject, device: device, reason: error.description)
        }
        return nil
    }
}
