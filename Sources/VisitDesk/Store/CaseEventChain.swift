import Foundation

/// A case's own audit chain, built like a visit's (`EventChain`): each event's canonical
/// encoding and SHA-256 of the previous event's hash followed by it.
enum CaseEventChain {
    /// What the payload column holds and the hash covers.
    struct Payload: Codable {
        var caseID: Int64
        var sequence: Int
        var at: String
        var kind: CaseEventKind
    }

    static func payload(caseID: Int64, sequence: Int, at: Date, kind: CaseEventKind, encoder: JSONEncoder) throws -> String {
        let data = try encoder.encode(Payload(caseID: caseID, sequence: sequence, at: Timestamp.iso8601(at), kind: kind))
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ record: CaseEventRecord, decoder: JSONDecoder) throws(StoreError) -> CaseEvent {
        let payload: Payload
        do {
            payload = try decoder.decode(Payload.self, from: Data(record.payload.utf8))
        } catch {
            throw .corruptCaseEvent(caseID: record.caseID, sequence: record.sequence, reason: "its payload is not a valid event")
        }
        guard let at = Timestamp.parse(payload.at) else {
            throw .corruptCaseEvent(caseID: record.caseID, sequence: record.sequence, reason: "its time \(payload.at) is malformed")
        }
        return CaseEvent(caseID: record.caseID, sequence: record.sequence, at: at, kind: payload.kind, hash: record.hash)
    }
}
