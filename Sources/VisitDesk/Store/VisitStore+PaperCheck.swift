import Foundation
import GRDB

extension VisitStore {
    /// Checks a head printed on a paper record against the visit's chain as the store holds it
    /// now. The chain is recomputed from the events' content, so a stored hash that was edited
    /// to match the paper does not count.
    public func paperCheck(visitID: Int64, head: PaperHead) throws(StoreError) -> PaperCheck {
        try read { db in
            guard try VisitRecord.exists(db, key: visitID) else { throw StoreError.visitNotFound(id: visitID) }
            let records = try EventRecord.fetchAll(
                db, sql: "SELECT * FROM visitEvent WHERE visitID = ? ORDER BY sequence", arguments: [visitID])
            var previous = ""
            var match: Int?
            for (offset, record) in records.enumerated() {
                let hash = EventChain.hash(previous: previous, payload: record.payload)
                guard record.sequence == offset + 1, hash == record.hash else {
                    return PaperCheck(visitID: visitID, head: head, standing: .chainBroken(sequence: offset + 1),
                                      eventCount: records.count, currentHead: records.last?.hash ?? "")
                }
                if match == nil, head.matches(hash) { match = record.sequence }
                previous = hash
            }
            let standing: PaperCheck.Standing = if let match {
                match == records.count ? .current : .followedBy(sequence: match, eventsAfter: records.count - match)
            } else {
                .notOnChain
            }
            return PaperCheck(visitID: visitID, head: head, standing: standing, eventCount: records.count, currentHead: previous)
        }
    }
}
