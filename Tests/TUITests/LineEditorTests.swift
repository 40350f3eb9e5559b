import Testing
@testable import TUI

@Suite struct LineEditorTests {
    @Test func cursorColumnIsTheWidthOfTheTextBeforeIt() {
        var editor = LineEditor("a中b")
        #expect(editor.cursor == 3)
        #expect(editor.cursorColumn == 4)
        _ = editor.handle(.left)
        #expect(editor.cursorColumn == 3)
        _ = editor.handle(.left)
        #expect(editor.cursorColumn == 1)
        _ = editor.handle(.home)
        #expect(editor.cursorColumn == 0)
        _ = editor.handle(.end)
        #expect(editor.cursor == 3)
    }

    @Test func backspaceAndDeleteRemoveWholeCharacters() {
        var editor = LineEditor("a中b")
        _ = editor.handle(.left)
        _ = editor.handle(.backspace)
        #expect(editor.text == "ab")
        #expect(editor.cursor == 1)
        _ = editor.handle(.delete)
        #expect(editor.text == "a")
        _ = editor.handle(.delete)
        #expect(editor.text == "a")
    }

    @Test func insertingACombiningMarkJoinsThePreviousCharacter() {
        var editor = LineEditor("cafe")
        editor.insert("\u{301}")
        #expect(editor.text == "café")
        #expect(editor.text.count == 4)
        #expect(editor.cursor == 4)
        #expect(editor.cursorColumn == 4)
        _ = editor.handle(.backspace)
        #expect(editor.text == "caf")
    }

    @Test func pastedRunsAreInsertedAtTheCursor() {
        var editor = LineEditor("张三")
        _ = editor.handle(.left)
        editor.insert("李四\n")
        #expect(editor.text == "张李四 三")
        #expect(editor.cursor == 4)
    }

    @Test func typedCharactersIncludingChineseAreInserted() {
        var editor = LineEditor()
        for key: Key in [.character("还"), .character("款"), .character(" "), .character("5")] {
            let used = editor.handle(key)
            #expect(used)
        }
        #expect(editor.text == "还款 5")
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursorAndCtrlUTheStartOfTheLine() {
        var editor = LineEditor("promise to pay 五百")
        _ = editor.handle(.ctrl("w"))
        #expect(editor.text == "promise to pay ")
        _ = editor.handle(.ctrl("w"))
        #expect(editor.text == "promise to ")
        _ = editor.handle(.left)
        _ = editor.handle(.ctrl("u"))
        #expect(editor.text == " ")
        #expect(editor.cursor == 0)
    }

    @Test func keysTheEditorDoesNotUseAreNotConsumed() {
        var editor = LineEditor("x")
        let results = [Key.enter, .escape, .tab, .up, .backspace, .backspace].map { editor.handle($0) }
        #expect(results == [false, false, false, false, true, true])
        #expect(editor.text == "")
    }

    @Test func visibleTextScrollsToKeepTheCursorInView() {
        var editor = LineEditor("0123456789abcdef")
        let end = editor.visible(width: 8)
        #expect(end.text.displayWidth == 8)
        #expect(end.cursorColumn < 8)
        #expect(end.text.hasPrefix("cdef"))
        editor.cursor = 0
        #expect(editor.visible(width: 8) == ("01234567", 0))
    }

    @Test func cursorOnAWideCharacterAtTheRightEdgeBringsTheWholeCharacterIntoView() {
        var editor = LineEditor("abcde中文")
        editor.cursor = 5 // on 中, which would take columns 5–6 of a 6-column field
        let shown = editor.visible(width: 6)
        #expect(shown.text.displayWidth == 6)
        #expect(shown.text.contains("中"))
        #expect(shown.cursorColumn + 2 <= 6)
        #expect(Array(shown.text)[shown.text.prefix(columns: shown.cursorColumn).count] == "中")
    }

    @Test func aWideCharacterCutByTheFieldEdgeShowsAsASpace() {
        var editor = LineEditor("中文中文中文")
        editor.cursor = 0
        #expect(editor.visible(width: 5).text == "中文 ")
    }

    @Test func visibleTextIsAlwaysExactlyTheFieldWidth() {
        var editor = LineEditor("上门a外访b记录c债务人")
        for cursor in 0...editor.text.count {
            editor.cursor = cursor
            for width in 1...12 {
                let shown = editor.visible(width: width)
                #expect(shown.text.displayWidth == width)
                #expect(shown.cursorColumn >= 0 && shown.cursorColumn < width)
            }
        }
    }
}
