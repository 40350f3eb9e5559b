import Foundation
import TUI

/// Work the desk hands to other threads (printing), so that keys keep being answered: each
/// piece runs on its own thread, leaves its result for the run loop to take and posts
/// `wakeup`, so that the loop, waiting for a key, takes it at once.
final class BackgroundWork<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var finished: [Result] = []
    private var running = 0
    private let wakeup: WakeSignal

    init(wakeup: WakeSignal) {
        self.wakeup = wakeup
    }

    /// Runs `work` on a new thread; its result waits in `takeFinished()`.
    func start(_ work: @escaping @Sendable () -> Result) {
        lock.withLock { running += 1 }
        Thread.detachNewThread { [self] in
            let result = work()
            lock.withLock {
                finished.append(result)
                running -= 1
            }
            wakeup.post()
        }
    }

    /// The results of the work finished since the last call, in the order it finished.
    func takeFinished() -> [Result] {
        lock.withLock {
            defer { finished.removeAll() }
            return finished
        }
    }

    /// Whether no work is running and no result waits.
    var isIdle: Bool { lock.withLock { running == 0 && finished.isEmpty } }
}
