import Testing
@testable import TUI

@Suite struct MemoryBackendTests {
    @Test func secondDrawOfTheSameFrameSendsNothing() throws {
        let backend = MemoryBackend(width: 80, height: 24)
        var frame = CellBuffer(width: 80, height: 24)
        Pane(title: "案件 Cases", focused: true).render(in: frame.bounds, into: &frame)
        try backend.draw(frame)
        // Every cell, the two wide title glyphs each counted once for their two cells.
        #expect(backend.lastChangedCellCount == 80 * 24 - 2)
        try backend.draw(frame)
        #expect(backend.lastChangedCellCount == 0)
        frame.write("张", x: 5, y: 5)
        try backend.draw(frame)
        #expect(backend.lastChangedCellCount == 1)
    }

    @Test func resizeQueuesAResizeKeyAndTheNextDrawIsFull() throws {
        let backend = MemoryBackend(width: 10, height: 3)
        try backend.draw(CellBuffer(width: 10, height: 3))
        backend.resize(width: 12, height: 4)
        #expect(backend.size.width == 12)
        #expect(backend.readKey(timeoutMilliseconds: 0) == .resize)
        #expect(backend.readKey(timeoutMilliseconds: 0) == nil)
        try backend.draw(CellBuffer(width: 12, height: 4))
        #expect(backend.lastChangedCellCount == 48)
    }

    @Test func forcedRedrawAndResumeRepaintEverything() throws {
        let backend = MemoryBackend(width: 4, height: 2)
        let frame = CellBuffer(width: 4, height: 2)
        try backend.draw(frame)
        backend.forceFullRedraw()
        try backend.draw(frame)
        #expect(backend.lastChangedCellCount == 8)
        backend.suspend()
        #expect(backend.isSuspended)
        backend.resume()
        try backend.draw(frame)
        #expect(backend.lastChangedCellCount == 8)
    }

    @Test func keysArePlayedBackInOrder() {
        let backend = MemoryBackend(width: 4, height: 2)
        backend.keys = [.character("j"), .enter]
        #expect(backend.readKey(timeoutMilliseconds: 10) == .character("j"))
        #expect(backend.readKey(timeoutMilliseconds: 10) == .enter)
        #expect(backend.readKey(timeoutMilliseconds: 10) == nil)
    }
}
