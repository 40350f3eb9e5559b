import Foundation
import Testing
import TestSupport
@testable import TUI

/// Widgets drawn through MemoryBackend and compared with golden files.
@Suite struct GoldenRenderTests {
    func drawn(width: Int, height: Int, _ draw: (inout CellBuffer) -> Void) throws -> String {
        var buffer = CellBuffer(width: width, height: height)
        draw(&buffer)
        let backend = MemoryBackend(width: width, height: height)
        try backend.draw(buffer)
        return GoldenFile.screen(of: backend.lastFrame)
    }

    /// Compares with `Golden/<name>.txt` beside this file (`UPDATE_GOLDEN=1` rewrites it).
    func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if let mismatch = GoldenFile.mismatch(text, path: Self.goldenPath(name)) {
            Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
        }
    }

    static func goldenPath(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name).txt").path
    }

    @Test func paneWithChineseTitleCutsTheTitleAndKeepsItsBorder() throws {
        let text = try drawn(width: 24, height: 8) { buffer in
            let inner = Pane(title: "第3步 到达与身份出示 Arrival", focused: true)
                .render(in: Rect(x: 0, y: 0, width: 24, height: 4), into: &buffer)
            buffer.write("出示工作证和授权书，说明来意", x: inner.x, y: inner.y, clip: inner)
            Pane(title: "备注 Notes", joinsPaneAbove: true).render(in: Rect(x: 0, y: 3, width: 24, height: 5), into: &buffer)
        }
        check(text, named: "pane")
    }

    static let listRows = ArrayListSource([
        ListRow([.init("HB-2025-0113 "), .init("张伟")], trailing: .init("¥62k", style: Style(.warning))),
        ListRow([.init("JB-2025-0207 "), .init("李娜")], trailing: .init("¥8.3k")),
        ListRow([.init("HB-2025-0301 "), .init("欧阳娜娜")], trailing: .init("¥1.2万")),
        ListRow("JB-2025-0415 司马相如"),
    ])

    func drawnList(_ source: ArrayListSource<ListRow>) throws -> String {
        try drawn(width: 28, height: 4) { buffer in
            ListView(marker: "▶ ").render(in: Rect(x: 0, y: 0, width: 28, height: 3), into: &buffer,
                                          source: source, state: ListState(selected: 2))
        }
    }

    @Test func listWithChineseRowsSelectionAndTrailingAmounts() throws {
        check(try drawnList(Self.listRows), named: "list")
    }

    @Test func checklistRowsWithMarksReasonsAndTimes() throws {
        let rows = [
            ChecklistRow(mark: "[✓]", text: "出示工作证 Staff ID shown", trailing: "10:02", style: Style(.itemDone)),
            ChecklistRow(mark: "[ ]", text: "出示授权书 Authorisation letter", style: Style(.itemPending), selected: true),
            ChecklistRow(mark: "[–]", text: "同意进门 — skipped: 在门口谈", trailing: "10:04", style: Style(.itemSkipped)),
            ChecklistRow(mark: "[n/a]", text: "第三方在场", style: Style(.itemNotApplicable)),
        ]
        let text = try drawn(width: 36, height: 4) { buffer in
            for (index, row) in rows.enumerated() {
                row.render(in: Rect(x: 0, y: index, width: 36, height: 1), into: &buffer)
            }
        }
        check(text, named: "checklist")
    }

    @Test func modalOverAScreenOfChineseClearsWhatLiesBeneath() throws {
        let text = try drawn(width: 30, height: 9) { buffer in
            for row in 0..<9 {
                buffer.write("上门外访记录上门外访记录上门外访", x: row % 2, y: row, style: Style(.muted))
            }
            let inner = Modal(title: "结束外访 End visit", width: 21, height: 5).render(over: buffer.bounds, into: &buffer)
            buffer.write("c 完成 completed", x: inner.x, y: inner.y, clip: inner)
            buffer.write("l 被要求离开", x: inner.x, y: inner.y + 1, style: Style(.selectedRow), clip: inner)
        }
        check(text, named: "modal")
    }

    @Test func formWithChoiceTextAndAnError() throws {
        var form = Form(fields: [
            .choice("角色 Role", options: ["agent 催收员", "debtor 债务人"]),
            .text("来访人 Visitors", "王五/A123, 赵六/B456, 孙七/C789"),
            .text("地点 Place", ""),
        ], focus: 1)
        form.fields[2].error = "必填 required"
        let text = try drawn(width: 44, height: 3) { buffer in
            form.render(in: buffer.bounds, into: &buffer)
        }
        check(text, named: "form")
    }

    @Test func keyBarWithChineseLabels() throws {
        let text = try drawn(width: 44, height: 1) { buffer in
            KeyBar(items: [.init(keys: "Tab", help: "窗格"), .init(keys: "j/k", help: "移动"), .init(keys: "Space", help: "勾选"),
                           .init(keys: "n", help: "备注"), .init(keys: "?", help: "帮助 help")])
                .render(in: buffer.bounds, into: &buffer)
        }
        check(text, named: "keybar")
    }

    @Test func goldenScreenGivesEveryCellItsStyleLetter() {
        var buffer = CellBuffer(width: 7, height: 2)
        buffer.write("中x", x: 1, y: 0, style: Style(.warning, bold: true))
        buffer.write("ok", x: 0, y: 1, style: Style(.error, underline: true))
        buffer.write("!", x: 6, y: 1, style: Style(.selectedRow))
        #expect(GoldenFile.screen(of: buffer) == """
            styles: 1 error+underline · W warning+bold · n normal · s selectedRow
             中x   
            ok    !
            --- styles ---
            nWWWnnn
            11nnnns

            """)
    }

    @Test func aGoldenScreenFailsWhenOnlyAStyleRoleChanges() throws {
        let golden = try String(contentsOfFile: Self.goldenPath("list"), encoding: .utf8)
        #expect(GoldenFile.mismatch(try drawnList(Self.listRows), expected: golden, path: "list.txt") == nil)
        // The overdue amount drawn in the normal colour: the same text, another role.
        var plain = Self.listRows
        plain.rows[0].trailing = .init("¥62k")
        let lostWarning = try drawnList(plain)
        let text = { (screen: String) in screen.components(separatedBy: "--- styles ---")[0].split(separator: "\n").dropFirst() }
        #expect(text(lostWarning) == text(golden), "only the roles differ")
        let mismatch = try #require(GoldenFile.mismatch(lostWarning, expected: golden, path: "list.txt"))
        #expect(mismatch.contains("- |nnnnnnnnnnnnnnnnnnnnnnnnwwww|"), "the warning letters are reported: \(mismatch)")
    }

    @Test func goldenDiffShowsTheDifferingLines() {
        let diff = GoldenFile.diff(expected: "同\n上门\n尾", actual: "同\n外访\n尾\n多", path: "screen")
        #expect(diff == """
            golden mismatch in screen (- expected, + actual):
              2 - |上门|
              2 + |外访|
              4 + |多|
            """)
    }
}
