import Foundation
import TUI
import Testing
@testable import VisitDeskApp

/// Work finished in the background (printing) wakes the desk's loop, which sleeps waiting
/// for a key, instead of waiting for its next tick.
struct BackgroundWorkWakeupTests {
    @Test func finishedWorkWakesTheWaitingLoopAtOnce() {
        let wakeup = WakeSignal()
        let work = BackgroundWork<DeskEvent>(wakeup: wakeup)
        let started = ContinuousClock.now
        work.start {
            Thread.sleep(forTimeInterval: 0.05)
            return .info("printed")
        }
        var wait = [pollfd(fd: wakeup.readDescriptor, events: Int16(POLLIN), revents: 0)]
        #expect(poll(&wait, 1, 10_000) == 1, "the wait ended")
        #expect(ContinuousClock.now - started < .seconds(5), "by the work finishing, not the wait's limit")
        #expect(work.takeFinished().count == 1, "its result waits for the loop")
        #expect(work.isIdle)
    }
}
