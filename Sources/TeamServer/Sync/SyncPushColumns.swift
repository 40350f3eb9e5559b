import Foundation

/// The events of some parts of a pushed batch as the columns of one `unnest`, part after part
/// and each part's in order; `streams` holds each row's visit uid or case reference.
struct SyncPushColumns: Sendable {
    var streams: [String] = [], sequences: [Int64] = [], kinds: [String] = [], ats: [Date] = [], payloads: [String] = []
    var hashes: [String] = [], operators: [String] = [], devices: [String] = [], signatures: [String] = []

    init(_ parts: [SyncPushPart]) {
        for part in parts {
            let stream: String
            switch part.stream.origin {
            case .visit(_, let uid, _, _): stream = uid
            case .caseRecords: stream = part.stream.caseReference
            }
            for event in part.events {
                streams.append(stream)
                sequences.append(Int64(event.sequence))
                kinds.append(event.kind)
                ats.append(event.at)
                payloads.append(event.payload)
                hashes.append(event.hash)
                operators.append(event.operatorName)
                devices.append(event.device.lowercased())
                signatures.append(event.signature)
            }
        }
    }

    var isEmpty: Bool { sequences.isEmpty }
}
