import Foundation
import PostgresNIO
import VisitDesk

/// Pushes this device's unacknowledged streams. It first reads the server's heads of them all
/// (a few queries, not one round trip per stream: at 1,000 visits that was a sixth of the push), so a
/// sync cut off anywhere and run again neither sends an event twice nor skips one: events the
/// server holds with the same hashes are only acknowledged here; the rest go in batches, each
/// one transaction (with the visit's row for its first, and the evidence files its events
/// attach), acknowledged here once committed. A stream the server refuses (a fork, a bad
/// signature, a case no longer assigned) is reported and the others go on.
struct SyncPush {
    let store: VisitStore
    let server: ServerConnection
    let limits: SyncLimits

    /// Where the server stands on a stream: how many events it holds, the last hash, and for a
    /// visit the device it belongs to (nil: the server has no such visit yet).
    private struct Head: Sendable {
        var count: Int
        var hash: String
        var device: String?
        var exists: Bool
    }

    /// Pushes every pending stream into `report`; false when the batch limit stopped it.
    func run(into report: inout SyncReport) throws(ServerError) -> Bool {
        var batches = 0
        let streams = try SyncLocalStore.run { () throws(StoreError) in try store.pendingStreams() }
        let heads = try serverHeads(of: streams)
        for stream in streams {
            do {
                let head = heads[HeadKey(stream)] ?? Head(count: 0, hash: "", device: nil, exists: false)
                guard try push(stream, head: head, batches: &batches, report: &report) else { return false }
            } catch ServerError.refused(let reason) {
                // Row-level security refuses a visit or record of a case this operator no longer holds.
                let explained = reason.contains("row-level security")
                    ? reason + " (the case is not assigned to this operator, or was reassigned before this was recorded)" : reason
                report.refusals.append(SyncRefusal(subject: stream.described, device: stream.device, reason: explained))
            }
        }
        return true
    }

    private func push(_ stream: SyncStream, head: Head, batches: inout Int, report: inout SyncReport) throws(ServerError) -> Bool {
        if let owner = head.device, owner != stream.device.lowercased() {
            throw .refused(reason: "fork: \(stream.stream.name) belongs to device \(owner); device \(stream.device) may not extend it")
        }
        if head.count > stream.eventCount {
            throw .refused(reason: "fork: the server holds \(head.count) events of \(stream.stream.name) but this desk only \(stream.eventCount)")
        }
        if head.count > 0 {
            let local = try SyncLocalStore.run { () throws(StoreError) in try store.eventHash(of: stream, sequence: head.count) }
            guard local == head.hash else {
                throw .refused(reason: "fork: event \(head.count) of \(stream.stream.name) on the server is not this desk's event \(head.count)")
            }
        }
        if head.count > stream.pushedCount {
            try SyncLocalStore.run { () throws(StoreError) in try store.acknowledge(stream, through: head.count) }
            if head.count == stream.eventCount { report.acknowledgedWithoutSending += 1 }
        }
        var next = head.count + 1
        var visitOnServer = head.exists
        while next <= stream.eventCount {
            if let maximum = limits.maximumBatches, batches >= maximum { return false }
            let events = try SyncLocalStore.run { () throws(StoreError) in
                try store.signedEvents(of: stream, from: next, limit: limits.batchSize)
            }
            guard let last = events.last else { break }
            let files = try evidence(of: events, in: stream)
            try send(events, of: stream, startingVisit: !visitOnServer, files: files)
            try SyncLocalStore.run { () throws(StoreError) in try store.acknowledge(stream, through: last.sequence) }
            visitOnServer = true
            batches += 1
            report.pushedEvents += events.count
            report.evidenceUploaded += files.count
            next = last.sequence + 1
        }
        return true
    }

    /// A stream as the heads are keyed: a visit by its global id, case records by case and device.
    private struct HeadKey: Hashable {
        var stream: String
        var device: String

        init(_ stream: SyncStream) {
            switch stream.origin {
            case .visit(_, let uid, _, _): self.init(stream: "visit/" + uid.lowercased(), device: "")
            case .caseRecords: self.init(stream: "case/" + stream.caseReference, device: stream.device.lowercased())
            }
        }

        init(stream: String, device: String) {
            self.stream = stream
            self.device = device
        }
    }

    /// The server's heads of `streams`, a thousand per query; a stream it does not hold has none.
    private func serverHeads(of streams: [SyncStream]) throws(ServerError) -> [HeadKey: Head] {
        var heads: [HeadKey: Head] = [:]
        for chunk in stride(from: 0, to: streams.count, by: 1_000).map({ Array(streams[$0..<min($0 + 1_000, streams.count)]) }) {
            let uids = chunk.compactMap { stream -> String? in
                if case .visit(_, let uid, _, _) = stream.origin { return uid.lowercased() } else { return nil }
            }
            let records = chunk.filter { if case .caseRecords = $0.origin { true } else { false } }
            let references = records.map(\.caseReference), devices = records.map { $0.device.lowercased() }
            let found: [(HeadKey, Head)] = try server.run { connection, logger in
                var found: [(HeadKey, Head)] = []
                if !uids.isEmpty {
                    for try await (uid, count, hash, owner) in try await connection.query(
                        "SELECT uid::text, event_count, head_hash, device::text FROM visit WHERE uid = ANY(\(uids)::uuid[])", logger: logger
                    ).decode((String, Int, String, String).self) {
                        found.append((HeadKey(stream: "visit/" + uid, device: ""), Head(count: count, hash: hash, device: owner, exists: true)))
                    }
                }
                if !references.isEmpty {
                    for try await (reference, device, count, hash) in try await connection.query("""
                        SELECT s.case_reference, s.device::text, s.event_count, s.head_hash
                        FROM case_stream s JOIN unnest(\(references)::text[], \(devices)::uuid[]) AS w(reference, device)
                             ON s.case_reference = w.reference AND s.device = w.device
                        """, logger: logger
                    ).decode((String, String, Int, String).self) {
                        found.append((HeadKey(stream: "case/" + reference, device: device), Head(count: count, hash: hash, device: nil, exists: true)))
                    }
                }
                return found
            }
            for (key, head) in found { heads[key] = head }
        }
        return heads
    }

    /// The evidence files `events` attach, read from the evidence folder; a missing or
    /// too large one refuses the stream here, before anything of the batch is sent.
    private func evidence(of events: [SignedEvent], in stream: SyncStream) throws(ServerError) -> [String: Data] {
        var files: [String: Data] = [:]
        for attachment in events.compactMap(\.attachment) where files[attachment.sha256] == nil {
            guard attachment.size <= SyncLimits.maximumEvidenceSize else {
                throw .refused(reason: "the evidence file \(attachment.name) is \(attachment.size) bytes, more than the 50 MB that travel")
            }
            guard let content = store.evidenceContent(sha256: attachment.sha256) else {
                throw .refused(reason: "the evidence file \(attachment.name) (\(attachment.sha256)) is missing from \(store.evidenceFolder.path) or changed")
            }
            files[attachment.sha256] = content
        }
        return files
    }

    /// One batch in one transaction: the visit's row when the server has none yet, the events
    /// in order, and the evidence files they attach with their links to the case.
    private func send(_ events: [SignedEvent], of stream: SyncStream, startingVisit: Bool, files: [String: Data]) throws(ServerError) {
        let reference = stream.caseReference
        let device = stream.device.lowercased()
        let origin = stream.origin
        let sequences = events.map { Int64($0.sequence) }, kinds = events.map(\.kind), ats = events.map(\.at)
        let payloads = events.map(\.payload), hashes = events.map(\.hash), operators = events.map(\.operatorName)
        let devices = events.map { $0.device.lowercased() }, signatures = events.map(\.signature)
        try server.run { connection, logger in
            try await connection.withTransaction(logger: logger) { connection in
                for (sha256, content) in files {
                    var linked = false
                    for try await found in try await connection.query(
                        "SELECT count(*) > 0 FROM evidence WHERE sha256 = \(sha256)", logger: logger).decode(Bool.self) { linked = found }
                    if !linked {
                        try await connection.query("""
                            INSERT INTO evidence (sha256, size, content, device) VALUES (\(sha256), \(Int64(content.count)), \(content), \(device)::uuid)
                            ON CONFLICT (sha256) DO NOTHING
                            """, logger: logger)
                    }
                    try await connection.query(
                        "INSERT INTO evidence_link (sha256, case_reference) VALUES (\(sha256), \(reference)) ON CONFLICT DO NOTHING",
                        logger: logger)
                }
                switch origin {
                case .visit(_, let uid, let originID, let startedAt):
                    if startingVisit {
                        try await connection.query("""
                            INSERT INTO visit (uid, case_reference, device, origin_id, started_at)
                            VALUES (\(uid)::uuid, \(reference), \(device)::uuid, \(originID), \(startedAt))
                            """, logger: logger)
                    }
                    try await connection.query("""
                        INSERT INTO visit_event (visit_uid, sequence, kind, at, payload, hash, operator_name, device, signature)
                        SELECT \(uid)::uuid, e.sequence, e.kind, e.at, e.payload, e.hash, e.operator_name, e.device::uuid, e.signature
                        FROM unnest(\(sequences)::int8[], \(kinds)::text[], \(ats)::timestamptz[], \(payloads)::text[], \(hashes)::text[],
                                    \(operators)::text[], \(devices)::text[], \(signatures)::text[])
                             WITH ORDINALITY AS e(sequence, kind, at, payload, hash, operator_name, device, signature, n)
                        ORDER BY e.n
                        """, logger: logger)
                case .caseRecords:
                    try await connection.query("""
                        INSERT INTO case_event (case_reference, device, sequence, kind, at, payload, hash, operator_name, signature)
                        SELECT \(reference), e.device::uuid, e.sequence, e.kind, e.at, e.payload, e.hash, e.operator_name, e.signature
                        FROM unnest(\(sequences)::int8[], \(kinds)::text[], \(ats)::timestamptz[], \(payloads)::text[], \(hashes)::text[],
                                    \(operators)::text[], \(devices)::text[], \(signatures)::text[])
                             WITH ORDINALITY AS e(sequence, kind, at, payload, hash, operator_name, device, signature, n)
                        ORDER BY e.n
                        """, logger: logger)
                }
            }
        }
    }
}
