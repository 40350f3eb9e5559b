import Foundation
import Testing
import TUI

/// The wake pipe a backend waits on beside the terminal: a post ends the wait at once, from
/// any thread, and a drained pipe lets the next wait sleep.
struct WakeSignalTests {
    /// Waits up to `milliseconds` for the pipe to be readable.
    func isWoken(_ signal: WakeSignal, within milliseconds: Int32) -> Bool {
        var wait = [pollfd(fd: signal.readDescriptor, events: Int16(POLLIN), revents: 0)]
        return poll(&wait, 1, milliseconds) == 1
    }

    @Test func aPostEndsAWaitAndADrainedPipeSleepsAgain() {
        let signal = WakeSignal()
        #expect(signal.readDescriptor >= 0 && signal.writeDescriptor >= 0)
        #expect(!isWoken(signal, within: 0))
        signal.post()
        signal.post()
        #expect(isWoken(signal, within: 0))
        signal.drain()
        #expect(!isWoken(signal, within: 20))
    }

    @Test func aPostFromAnotherThreadWakesAWaitPromptly() {
        let signal = WakeSignal()
        let started = ContinuousClock.now
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 0.05)
            signal.post()
        }
        #expect(isWoken(signal, within: 10_000))
        #expect(ContinuousClock.now - started < .seconds(5), "woken by the post, not by the wait's limit")
    }

    @Test func manyPostsWithoutAWaitNeverBlockThePoster() {
        let signal = WakeSignal()
        for _ in 0..<200_000 { signal.post() }
        signal.drain()
        #expect(!isWoken(signal, within: 0))
    }
}
