/// How a sync cuts its work: events per pushed batch (each batch one transaction on the server,
/// acknowledged here once it committed), and, for tests of an interrupted sync, how many batches
/// it pushes before it stops as if cut off.
public struct SyncLimits: Sendable {
    public var batchSize: Int
    /// nil: no limit.
    public var maximumBatches: Int?
    /// The largest evidence file that travels (the server's own limit).
    public static let maximumEvidenceSize: Int64 = 50 * 1_048_576

    public init(batchSize: Int = 1_000, maximumBatches: Int? = nil) {
        self.batchSize = max(1, batchSize)
        self.maximumBatches = maximumBatches
    }
}
