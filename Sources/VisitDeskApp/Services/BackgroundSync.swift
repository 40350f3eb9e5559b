import Foundation

/// The team sync the desk runs in the background: `job` syncs once with the team's server and
/// records how it went in the store (`VisitStore.recordSyncAttempt`), which the desk then reads.
/// The desk runs it on a thread of its own, one at a time, and never waits for it.
struct BackgroundSync: Sendable {
    /// How long an idle desk waits after starting a sync before it starts the next.
    static let interval: TimeInterval = 60

    let job: @Sendable () -> Void
}
