import Foundation
import PostgresNIO
import VisitDesk

/// `server verify`: checks every stream the server holds — each visit and each device's records
/// of a case — as the triggers checked its events on arrival, but from the rows as they are now:
/// sequences 1, 2, 3…, hash = SHA-256(previous hash ‖ payload), the head kept on the stream's
/// row, every signature against its device's key and every operator against its device's badge.
/// Rows are streamed in key order (visits by uid, case streams by reference and device), never
/// held all at once, and the walk stops at the first fault.
public enum ServerVerifier {
    public static func verify(_ server: ServerConnection) throws(ServerError) -> ServerVerification {
        try server.run { connection, logger in
            var devices: [String: StreamWalk.Device] = [:]
            for try await (id, publicKey, badge) in try await connection.query(
                "SELECT id::text, public_key, badge FROM device", logger: logger).decode((String, String, String).self) {
                devices[id] = StreamWalk.Device(publicKey: publicKey, badge: badge)
            }
            var walk = StreamWalk(devices: devices)
            let visits = try await connection.query("""
                SELECT v.uid::text, v.device::text, v.event_count, v.head_hash, e.sequence, e.kind, e.at, e.payload, e.hash,
                       e.operator_name, e.device::text, e.signature
                FROM visit v LEFT JOIN visit_event e ON e.visit_uid = v.uid ORDER BY v.uid, e.sequence
                """, logger: logger)
            for try await row in visits.decode((String, String, Int, String, Int?, String?, Date?, String?, String?, String?, String?, String?).self) {
                let stream = EventSignature.visitStream(row.0)
                var event: SignedEvent?
                if let sequence = row.4, let kind = row.5, let at = row.6, let payload = row.7, let hash = row.8, let operatorName = row.9,
                   let device = row.10, let signature = row.11 {
                    event = SignedEvent(stream: .visit(uid: row.0), sequence: sequence, kind: kind, at: at, payload: payload, hash: hash,
                                        operatorName: operatorName, device: device, signature: signature)
                }
                walk.take(StreamWalk.Head(stream: stream, device: row.1, count: row.2, hash: row.3), event: event, isVisit: true)
                if walk.found != nil { return walk.verification }
            }
            walk.finish()
            if walk.found != nil { return walk.verification }
            let cases = try await connection.query("""
                SELECT s.case_reference, s.device::text, s.event_count, s.head_hash, e.sequence, e.kind, e.at, e.payload, e.hash,
                       e.operator_name, e.signature
                FROM case_stream s LEFT JOIN case_event e ON e.case_reference = s.case_reference AND e.device = s.device
                ORDER BY s.case_reference, s.device, e.sequence
                """, logger: logger)
            for try await row in cases.decode((String, String, Int, String, Int?, String?, Date?, String?, String?, String?, String?).self) {
                var event: SignedEvent?
                if let sequence = row.4, let kind = row.5, let at = row.6, let payload = row.7, let hash = row.8, let operatorName = row.9,
                   let signature = row.10 {
                    event = SignedEvent(stream: .caseRecords(reference: row.0), sequence: sequence, kind: kind, at: at, payload: payload,
                                        hash: hash, operatorName: operatorName, device: row.1, signature: signature)
                }
                walk.take(StreamWalk.Head(stream: EventSignature.caseStream(row.0), device: row.1, count: row.2, hash: row.3),
                          event: event, isVisit: false)
                if walk.found != nil { return walk.verification }
            }
            walk.finish()
            return walk.verification
        }
    }
}
