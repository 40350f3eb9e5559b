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
        KeyBinding([.character("j"), .down], label: "j/k", help: "move", action: .moveDown),
        KeyBinding([.character("k"), .up], label: "j/k", help: "move", action: .moveUp, showInBar: false),
        KeyBinding([.character(" ")], label: "Space", help: "tick", action: .tick),
    ])

    @Test func theFirstBindingOfAKeyWins() {
        #expect(keymap.action(for: .character("q")) == .quit)
        #expect(keymap.action(for: .ctrl("c")) == .quit)
        #expect(keymap.action(for: .down) == .moveDown)
        #expect(keymap.action(for: .character("x")) == nil)
    }

    @Test func keyBarComesFromTheSameTableWithTheModeFirst() {
        var buffer = CellBuffer(width: 48, height: 1)
        KeyBar(mode: "浏览", bindings: keymap.bindings).render(in: buffer.bounds, into: &buffer)
        #expect(buffer.textLines() == ["[浏览] ? help  q quit  Tab pane  j/k move       "])
        #expect(buffer[x: 1, y: 0].style.role == .paneTitleFocused)
        #expect(buffer[x: 7, y: 0].style.role == .keyBarKey)
        #expect(buffer[x: 9, y: 0].style.role == .keyBarLabel)
    }

    @Test func keyBarDropsWhatDoesNotFit() {
        var buffer = CellBuffer(width: 20, height: 1)
        KeyBar(items: [.init(keys: "Tab", help: "窗格"), .init(keys: "j/k", help: "移动"), .init(keys: "Space", help: "勾选")])
            .render(in: buffer.bounds, into: &buffer)
        #expect(buffer.textLines() == [" Tab 窗格  j/k 移动 "])
    }

    @Test func duplicateKeysAreReported() {
        #expect(keymap.duplicateKeys().isEmpty)
        let clash = Keymap<Action>([
            KeyBinding([.character("q")], label: "q", help: "quit", action: .quit),
            KeyBinding([.character("q")], label: "q", help: "again", action: .help),
        ])
        #expect(clash.duplicateKeys() == [.character("q")])
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
