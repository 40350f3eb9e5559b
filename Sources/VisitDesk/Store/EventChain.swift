import Crypto
import Foundation

/// The audit chain: each event's canonical encoding (sorted-keys JSON of everything but the
/// hash) and its hash, SHA-256 of the previous event's hash followed by that encoding.
enum EventChain {
    /// What the payload column holds and the hash covers.
    struct Payload: Codable {
        var visitID: Int64
        var sequence: Int
        var at: String
        var kind: VisitEventKind
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func payload(visitID: Int64, sequence: Int, at: Date, kind: VisitEventKind, encoder: JSONEncoder) throws -> String {
        let data = try encoder.encode(Payload(visitID: visitID, sequence: sequence, at: Timestamp.iso8601(at), kind: kind))
        return String(decoding: data, as: UTF8.self)
    }

    static func hash(previous: String, payload: String) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(previous.utf8))
        hasher.update(data: Array(payload.utf8))
        return hasher.finalize().lowercaseHex
    }

    /// Decodes a visit's events from their rows.
    static func decode(visitID: Int64, rows: [(sequence: Int, payload: String, hash: String)],
                       decoder: JSONDecoder) throws(StoreError) -> [VisitEvent] {
        try rows.map { row throws(StoreError) in
            try decode(visitID: visitID, sequence: row.sequence, payload: row.payload, hash: row.hash, decoder: decoder)
        }
    }

    static func decode(visitID: Int64, sequence: Int, payload text: String, hash: String, decoder: JSONDecoder) throws(StoreError) -> VisitEvent {
        let payload: Payload
        do {
            payload = try decoder.decode(Payload.self, from: Data(text.utf8))
        } catch {
            throw .corruptEvent(visitID: visitID, sequence: sequence, reason: "its payload is not a valid event")
        }
        guard let at = Timestamp.parse(payload.at) else {
            throw .corruptEvent(visitID: visitID, sequence: sequence, reason: "its time \(payload.at) is malformed")
        }
        return VisitEvent(visitID: visitID, sequence: sequence, at: at, kind: payload.kind, hash: hash)
    }
}
