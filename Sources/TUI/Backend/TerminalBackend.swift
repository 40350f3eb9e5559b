/// Where frames are shown and keys come from: a real terminal or memory (tests).
public protocol TerminalBackend: AnyObject {
    /// The screen size in cells.
    var size: (width: Int, height: Int) { get }
    /// Shows `buffer`, sending only the cells that changed since the previous frame.
    func draw(_ buffer: CellBuffer) throws
    /// The next key, waiting at most `timeoutMilliseconds` (negative: no limit); nil on
    /// timeout, and as soon as `wakeup` is posted or a signal arrives.
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// Posted from any thread (work finishing in the background) to end a `readKey` wait.
    var wakeup: WakeSignal { get }
    /// Hands the terminal to another program (an editor, a pager) until `resume`.
    func suspend()
    /// Takes the terminal back after `suspend`; the next frame is drawn in full.
    func resume()
    /// Stops the program until the shell continues it (Ctrl-Z); the next frame is drawn in full.
    func suspendProcess()
    /// The signal that asked the program to end since the last call (SIGTERM, SIGHUP…), or nil.
    func takeTerminationSignal() -> Int32?
    /// Makes the next `draw` repaint every cell (Ctrl-L).
    func forceFullRedraw()
    /// Restores the terminal; safe to call more than once.
    func shutdown()
}
