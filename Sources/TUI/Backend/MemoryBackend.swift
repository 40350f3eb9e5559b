/// A terminal in memory for tests: keeps the last frame, counts what each draw would
/// have sent, and plays back queued keys.
public final class MemoryBackend: TerminalBackend {
    public private(set) var size: (width: Int, height: Int)
    /// The last frame drawn (blank before the first draw).
    public private(set) var lastFrame: CellBuffer
    /// Keys `readKey` returns, first in first out.
    public var keys: [Key] = []
    /// Cells the last draw would have sent to a terminal.
    public private(set) var lastChangedCellCount = 0
    /// Number of draws so far.
    public private(set) var drawCount = 0
    public private(set) var isSuspended = false
    public private(set) var isShutDown = false
    /// Times the program stopped itself as on Ctrl-Z.
    public private(set) var processSuspensionCount = 0
    /// A termination signal to report once, as if it had arrived (tests set it).
    public var pendingTerminationSignal: Int32?
    private var fullRedrawPending = true
    /// Never needed to end a wait (`readKey` does not wait), but posted like a terminal's.
    public let wakeup = WakeSignal()

    /// Creates a blank screen of `width` × `height` cells.
    public init(width: Int, height: Int) {
        size = (width, height)
        lastFrame = CellBuffer(width: width, height: height)
    }

    /// The last frame as text lines (see `CellBuffer.textLines`).
    public var textLines: [String] { lastFrame.textLines() }

    /// Records `buffer` as the screen and counts the cells that changed.
    public func draw(_ buffer: CellBuffer) throws {
        lastChangedCellCount = buffer.changedPositions(since: fullRedrawPending ? nil : lastFrame).count
        fullRedrawPending = false
        lastFrame = buffer
        drawCount += 1
    }

    /// The next queued key, or nil (a timeout) when none is queued; never waits.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }

    /// Changes the screen size and queues `.resize`, as a terminal would report it.
    public func resize(width: Int, height: Int) {
        size = (width, height)
        keys.append(.resize)
        fullRedrawPending = true
    }

    /// Marks the screen as handed to another program.
    public func suspend() {
        isSuspended = true
    }

    /// Takes the screen back; the next draw counts every cell.
    public func resume() {
        isSuspended = false
        fullRedrawPending = true
    }

    /// Counts the stop and makes the next draw count every cell, as after `fg`.
    public func suspendProcess() {
        processSuspensionCount += 1
        fullRedrawPending = true
    }

    /// The signal set in `pendingTerminationSignal`, once.
    public func takeTerminationSignal() -> Int32? {
        defer { pendingTerminationSignal = nil }
        return pendingTerminationSignal
    }

    /// Makes the next draw count every cell.
    public func forceFullRedraw() {
        fullRedrawPending = true
    }

    /// Marks the screen as restored.
    public func shutdown() {
        isShutDown = true
    }
}
