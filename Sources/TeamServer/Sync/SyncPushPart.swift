import Foundation
import VisitDesk

/// One stream's share of a pushed batch: consecutive events continuing what the server holds
/// (a stream longer than a batch is cut into parts, sent in order), and the evidence files
/// they attach.
struct SyncPushPart: Sendable {
    let stream: SyncStream
    /// Not empty.
    let events: [SignedEvent]
    /// Whether the server has no row for the visit yet: the batch inserts it before its events.
    let startsVisit: Bool
    /// The evidence files the events attach, by SHA-256.
    let files: [String: Data]

    var lastSequence: Int { events.last?.sequence ?? 0 }
}
