import PostgresNIO
import VisitDesk

/// Where the server stands on a stream a push is about to send: how many events it holds, the
/// last hash, and for a visit the device it belongs to. Read for all pending streams first,
/// a thousand per query (one round trip per stream was a sixth of a push of 1,000 visits).
struct SyncServerHead: Sendable {
    var count: Int
    var hash: String
    /// The device that started the visit; nil for case records.
    var device: String?
    /// Whether the server has the stream at all (a visit's row, a case stream's row).
    var exists: Bool

    static let absent = SyncServerHead(count: 0, hash: "", device: nil, exists: false)

    /// A stream as the heads are keyed: a visit by its global id, case records by case and device.
    struct Key: Hashable, Sendable {
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

    /// The server's heads of `streams`; a stream it does not hold has none.
    static func read(of streams: [SyncStream], on server: ServerConnection) throws(ServerError) -> [Key: SyncServerHead] {
        var heads: [Key: SyncServerHead] = [:]
        for chunk in stride(from: 0, to: streams.count, by: 1_000).map({ Array(streams[$0..<min($0 + 1_000, streams.count)]) }) {
            let uids = chunk.compactMap { stream -> String? in
                if case .visit(_, let uid, _, _) = stream.origin { return uid.lowercased() } else { return nil }
            }
            let records = chunk.filter { if case .caseRecords = $0.origin { true } else { false } }
            let references = records.map(\.caseReference), devices = records.map { $0.device.lowercased() }
            let found: [(Key, SyncServerHead)] = try server.run { connection, logger in
                var found: [(Key, SyncServerHead)] = []
                if !uids.isEmpty {
                    for try await (uid, count, hash, owner) in try await connection.query(
                        "SELECT uid::text, event_count, head_hash, device::text FROM visit WHERE uid = ANY(\(uids)::uuid[])", logger: logger
                    ).decode((String, Int, String, String).self) {
                        found.append((Key(stream: "visit/" + uid, device: ""), SyncServerHead(count: count, hash: hash, device: owner, exists: true)))
                    }
                }
                if !references.isEmpty {
                    for try await (reference, device, count, hash) in try await connection.query("""
                        SELECT s.case_reference, s.device::text, s.event_count, s.head_hash
                        FROM case_stream s JOIN unnest(\(references)::text[], \(devices)::uuid[]) AS w(reference, device)
                             ON s.case_reference = w.reference AND s.device = w.device
                        """, logger: logger
                    ).decode((String, String, Int, String).self) {
                        found.append((Key(stream: "case/" + reference, device: device), SyncServerHead(count: count, hash: hash, device: nil, exists: true)))
                    }
                }
                return found
            }
            for (key, head) in found { heads[key] = head }
        }
        return heads
    }
}
