/// What the store says of a chain head printed on a paper record of a visit.
public struct PaperCheck: Hashable, Sendable {
    /// Where the printed head stands on the visit's current chain.
    public enum Standing: Hashable, Sendable {
        /// It is the visit's last event: nothing was recorded since the paper was printed.
        case current
        /// It is event `sequence`; `eventsAfter` events were recorded after it.
        case followedBy(sequence: Int, eventsAfter: Int)
        /// No event of the visit has it: the paper belongs to another visit, or the events it
        /// was printed from were changed or removed.
        case notOnChain
        /// The visit's own events no longer hash to their recorded hashes, from `sequence` on:
        /// the store was changed behind the program's back (`visitdesk verify` says more).
        case chainBroken(sequence: Int)
    }

    /// The visit the paper is of.
    public let visitID: Int64
    /// The head as read from the paper.
    public let head: PaperHead
    /// Where that head stands on the visit's chain now.
    public let standing: Standing
    /// Events on the visit's chain now.
    public let eventCount: Int
    /// The visit's current head (full hash), empty for a visit without events.
    public let currentHead: String

    /// Whether the paper matches the record as it is now, or as it was before later events.
    public var isOnChain: Bool {
        switch standing {
        case .current, .followedBy: true
        case .notOnChain, .chainBroken: false
        }
    }
}
