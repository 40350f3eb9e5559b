#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wakes a run loop that is waiting for a key: a pipe whose read end the backend waits on
/// together with the terminal (the self-pipe trick). `post` may be called from any thread or
/// from a signal handler (through `writeDescriptor`); posts before the wait still wake it.
public final class WakeSignal: @unchecked Sendable {
    /// The end a backend waits on; -1 if no pipe could be made (then nothing wakes early).
    public let readDescriptor: Int32
    /// The end `post` writes a byte to.
    public let writeDescriptor: Int32

    /// A new pipe, both ends non-blocking and closed on exec.
    public init() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            readDescriptor = -1
            writeDescriptor = -1
            return
        }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = ends[0]
        writeDescriptor = ends[1]
    }

    deinit {
        if readDescriptor >= 0 { close(readDescriptor) }
        if writeDescriptor >= 0 { close(writeDescriptor) }
    }

    /// Makes the current or next wait on `readDescriptor` return. A full pipe already wakes
    /// it, so a write that would block is dropped.
    public func post() {
        guard writeDescriptor >= 0 else { return }
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }

    /// Empties the pipe after a wakeup, so that the next wait sleeps again.
    public func drain() {
        guard readDescriptor >= 0 else { return }
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(readDescriptor, &bytes, bytes.count) > 0 {}
    }
}
