import Testing
@testable import TUI

@Suite struct KeymapTests {
    enum Action: Equatable, Sendable {
        case quit, help, moveDown, moveUp, tick, search, nextPane
    }

    let keymap = Keymap<Action>([
        KeyBinding([.character("?")], label: "?", help: "help", action: .help),
        KeyBinding([.character("q"), .ctrl("c")], label: "q", help: "quit", action: .quit),
        KeyBinding([.tab], label: "Tab", help: "pane", action: .nextPane),
        KeyBinding([.character("j"), .down], label: "j/k", help: "move", context: "list", action: .moveDown),
        KeyBinding([.character("k"), .up], label: "j/k", help: "move", context: "list", action: .moveUp, showInBar: false),
        KeyBinding([.character(" ")], label: "Space", help: "tick", context: "checklist", action: .tick),
        KeyBinding([.character("q")], label: "q", help: "search", context: "search", action: .search),
    ])

    @Test func firstContextThatBindsTheKeyWins() {
        #expect(keymap.action(for: .character("q"), in: ["search", "global"]) == .search)
        #expect(keymap.action(for: .character("q"), in: ["list", "global"]) == .quit)
        #expect(keymap.action(for: .ctrl("c"), in: ["search", "global"]) == .quit)
        #expect(keymap.action(for: .down, in: ["checklist", "list", "global"]) == .moveDown)
    }

    @Test func keysOutsideTheGivenContextsDoNothing() {
        #expect(keymap.action(for: .character(" "), in: ["list", "global"]) == nil)
        #expect(keymap.action(for: .character("x"), in: ["list", "global"]) == nil)
    }

    @Test func keyBarComesFromTheSameTable() {
        let bindings = keymap.bindings(in: ["list", "global"])
        #expect(bindings.map(\.help) == ["move", "move", "help", "quit", "pane"])
        var buffer = CellBuffer(width: 40, height: 1)
        KeyBar(bindings: bindings).render(in: buffer.bounds, into: &buffer)
        #expect(buffer.textLines() == [" j/k move  ? help  q quit  Tab pane     "])
        #expect(buffer[x: 1, y: 0].style.role == .keyBarKey)
        #expect(buffer[x: 5, y: 0].style.role == .keyBarLabel)
    }

    @Test func keyBarDropsWhatDoesNotFit() {
        var buffer = CellBuffer(width: 20, height: 1)
        KeyBar(items: [.init(keys: "Tab", help: "窗格"), .init(keys: "j/k", help: "移动"), .init(keys: "Space", help: "勾选")])
            .render(in: buffer.bounds, into: &buffer)
        #expect(buffer.textLines() == [" Tab 窗格  j/k 移动 "])
    }

    @Test func duplicateKeysWithinAContextAreReported() {
        #expect(keymap.duplicateKeys().isEmpty)
        let clash = Keymap<Action>([
            KeyBinding([.character("q")], label: "q", help: "quit", action: .quit),
            KeyBinding([.character("q")], label: "q", help: "again", action: .help),
        ])
        #expect(clash.duplicateKeys().map { "\($0.context) \($0.key)" } == ["global q"])
    }

    @Test func terminalCodesDecodeToKeys() {
        #expect(Key(terminalCode: 13) == .enter)
        #expect(Key(terminalCode: 10) == .enter)
        #expect(Key(terminalCode: 9) == .tab)
        #expect(Key(terminalCode: 27) == .escape)
        #expect(Key(terminalCode: 127) == .backspace)
        #expect(Key(terminalCode: 8) == .backspace)
        #expect(Key(terminalCode: 3) == .ctrl("c"))
        #expect(Key(terminalCode: 19) == .ctrl("s"))
        #expect(Key(terminalCode: 0x4E2D) == .character("中"))
        #expect(Key(terminalCode: 0x41) == .character("A"))
        #expect(Key(terminalCode: 0) == nil)
        #expect(Key(terminalCode: 0x9B) == nil)
        #expect(Key(terminalCode: 0xD800) == nil)
    }

    @Test func keysHaveReadableNames() {
        #expect(Key.ctrl("c").description == "Ctrl-C")
        #expect(Key.backTab.description == "Shift-Tab")
        #expect(Key.function(5).description == "F5")
        #expect(Key.character(" ").description == "Space")
    }
}
