import Foundation
import PostgresNIO
import VisitDesk

/// The parts of several streams that go to the server in one transaction: the evidence files
/// they attach (with their links to the cases), the rows of the visits new to the server in
/// one statement, all visit events in one and all case records in one. A batch of a thousand
/// events is then a handful of round trips whatever the number of visits it holds.
struct SyncPushBatch: Sendable {
    private(set) var parts: [SyncPushPart] = []
    private(set) var eventCount = 0
    /// Bytes of the evidence files the parts carry (a file two parts attach counts twice).
    private(set) var evidenceSize: Int64 = 0

    init() {}

    init(_ part: SyncPushPart) {
        add(part)
    }

    mutating func add(_ part: SyncPushPart) {
        parts.append(part)
        eventCount += part.events.count
        evidenceSize += part.files.values.reduce(0) { $0 + Int64($1.count) }
    }

    /// The evidence files of every part, each once.
    var files: [String: Data] {
        parts.reduce(into: [:]) { files, part in files.merge(part.files) { first, _ in first } }
    }

    /// Sends the batch in one transaction: all of it lands or none of it. Events are inserted
    /// stream after stream, each stream's in order, since the server's accept trigger checks
    /// every row against the head the row before it left.
    func send(on server: ServerConnection) throws(ServerError) {
        let files = files
        let links = Set(parts.flatMap { part in part.files.keys.map { EvidenceLink(sha256: $0, caseReference: part.stream.caseReference) } })
        var starting: (uids: [String], references: [String], devices: [String], originIDs: [Int64], startedAts: [Date]) = ([], [], [], [], [])
        for part in parts where part.startsVisit {
            guard case .visit(_, let uid, let originID, let startedAt) = part.stream.origin else { continue }
            starting.uids.append(uid)
            starting.references.append(part.stream.caseReference)
            starting.devices.append(part.stream.device.lowercased())
            starting.originIDs.append(originID)
            starting.startedAts.append(startedAt)
        }
        let newVisits = starting
        let visitEvents = SyncPushColumns(parts.filter { if case .visit = $0.stream.origin { true } else { false } })
        let caseEvents = SyncPushColumns(parts.filter { if case .caseRecords = $0.stream.origin { true } else { false } })
        // Every stream a push sends is this device's: it uploads the evidence files.
        let owner = parts.first?.stream.device.lowercased() ?? ""
        try server.run { connection, logger in
            try await connection.withTransaction(logger: logger) { connection in
                for (sha256, content) in files {
                    var held = false
                    for try await found in try await connection.query(
                        "SELECT count(*) > 0 FROM evidence WHERE sha256 = \(sha256)", logger: logger).decode(Bool.self) { held = found }
                    if !held {
                        try await connection.query("""
                            INSERT INTO evidence (sha256, size, content, device) VALUES (\(sha256), \(Int64(content.count)), \(content), \(owner)::uuid)
                            ON CONFLICT (sha256) DO NOTHING
                            """, logger: logger)
                    }
                }
                if !links.isEmpty {
                    let sha256s = links.map(\.sha256), references = links.map(\.caseReference)
                    try await connection.query("""
                        INSERT INTO evidence_link (sha256, case_reference) SELECT * FROM unnest(\(sha256s)::text[], \(references)::text[])
                        ON CONFLICT DO NOTHING
                        """, logger: logger)
                }
                if !newVisits.uids.isEmpty {
                    let (uids, references, devices, originIDs, startedAts) = newVisits
                    try await connection.query("""
                        INSERT INTO visit (uid, case_reference, device, origin_id, started_at)
                        SELECT * FROM unnest(\(uids)::uuid[], \(references)::text[], \(devices)::uuid[], \(originIDs)::int8[], \(startedAts)::timestamptz[])
                        """, logger: logger)
                }
                if !visitEvents.isEmpty {
                    let c = visitEvents
                    try await connection.query("""
                        INSERT INTO visit_event (visit_uid, sequence, kind, at, payload, hash, operator_name, device, signature)
                        SELECT e.visit_uid::uuid, e.sequence, e.kind, e.at, e.payload, e.hash, e.operator_name, e.device::uuid, e.signature
                        FROM unnest(\(c.streams)::text[], \(c.sequences)::int8[], \(c.kinds)::text[], \(c.ats)::timestamptz[], \(c.payloads)::text[],
                                    \(c.hashes)::text[], \(c.operators)::text[], \(c.devices)::text[], \(c.signatures)::text[])
                             WITH ORDINALITY AS e(visit_uid, sequence, kind, at, payload, hash, operator_name, device, signature, n)
                        ORDER BY e.n
                        """, logger: logger)
                }
                if !caseEvents.isEmpty {
                    let c = caseEvents
                    try await connection.query("""
                        INSERT INTO case_event (case_reference, device, sequence, kind, at, payload, hash, operator_name, signature)
                        SELECT e.case_reference, e.device::uuid, e.sequence, e.kind, e.at, e.payload, e.hash, e.operator_name, e.signature
                        FROM unnest(\(c.streams)::text[], \(c.sequences)::int8[], \(c.kinds)::text[], \(c.ats)::timestamptz[], \(c.payloads)::text[],
                                    \(c.hashes)::text[], \(c.operators)::text[], \(c.devices)::text[], \(c.signatures)::text[])
                             WITH ORDINALITY AS e(case_reference, sequence, kind, at, payload, hash, operator_name, device, signature, n)
                        ORDER BY e.n
                        """, logger: logger)
                }
            }
        }
    }

    private struct EvidenceLink: Hashable {
        var sha256: String
        var caseReference: String
    }

}
