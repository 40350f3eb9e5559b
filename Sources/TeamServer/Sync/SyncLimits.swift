/// How a sync cuts its work: events per pushed batch (each batch one transaction on the server
/// holding as many streams as fit, acknowledged here once it committed), and, for tests of an
/// interrupted sync, how many transactions it commits before it stops as if cut off.
public struct SyncLimits: Sendable {
    public var batchSize: Int
    /// Committed transactions, counting each one-stream transaction of a refused batch sent
    /// again stream by stream; nil: no limit.
    public var maximumBatches: Int?
    /// The largest evidence file that travels (the server's own limit); a batch also closes
    /// once the files it carries reach it, so a push never holds many such files at once.
    public static let maximumEvidenceSize: Int64 = 50 * 1_048_576

    public init(batchSize: Int = 1_000, maximumBatches: Int? = nil) {
        self.batchSize = max(1, batchSize)
        self.maximumBatches = maximumBatches
    }
}
