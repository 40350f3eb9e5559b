import Foundation
import TUI

// A small program that puts the toolkit on a real terminal, for the tmux tests.
//
//   TUIHarness frame --expect FILE [--pid FILE]
//       Draws a known frame (Chinese text, a wide glyph cut at the right edge, bordered
//       panes, colours), writes the MemoryBackend text of the same frame to FILE, and
//       exits 0 on the first key.
//   TUIHarness keys --log FILE
//       Shows each key it reads and appends its name to FILE, one per line; `q` exits,
//       `e` suspends the screen for an external program (a shell line that waits for
//       Enter), as the app does for $EDITOR.
//
// A terminal that cannot be used prints one line on stderr and exits 2.

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("TUIHarness: \(message)\n".utf8))
    exit(status)
}

func knownFrame(width: Int, height: Int) -> CellBuffer {
    var buffer = CellBuffer(width: width, height: height)
    let body = Rect(x: 0, y: 0, width: width, height: height - 1)
    let columns = Layout.split(body, .columns, [.percent(35), .fill])
    let cases = Pane(title: "案件 Cases (3)", focused: true).render(in: columns[0], into: &buffer)
    let rows = ArrayListSource([
        ListRow([.init("HB-2025-0113 "), .init("张伟")], trailing: .init("¥62k", style: Style(.warning))),
        ListRow([.init("JB-2025-0207 "), .init("李娜")], trailing: .init("¥8.3k")),
        ListRow([.init("HB-2025-0301 "), .init("欧阳娜娜")], trailing: .init("¥1.2万")),
    ])
    ListView(marker: "▶ ").render(in: cases, into: &buffer, source: rows, state: ListState(selected: 0))
    let stage = Layout.split(columns[1], .rows, [.fixed(4), .fill])
    let stageInner = Pane(title: "第3步 到达与身份出示 · Arrival and identification").render(in: stage[0], into: &buffer)
    buffer.write("⚠ 尚未告知录音 Recording not announced", x: stageInner.x, y: stageInner.y, style: Style(.warning), clip: stageInner)
    // Three wide glyphs starting five columns from the right edge: the third would cross it.
    buffer.write("宽字边", x: width - 5, y: stageInner.y + 1, style: Style(.error))
    let checklist = Pane(title: "清单 Checklist", joinsPaneAbove: true)
        .render(in: Rect(x: stage[1].x, y: stage[1].y - 1, width: stage[1].width, height: stage[1].height + 1), into: &buffer)
    let items = [
        ChecklistRow(mark: "[✓]", text: "出示工作证 Staff ID shown", trailing: "10:02", style: Style(.itemDone)),
        ChecklistRow(mark: "[ ]", text: "出示授权书 Authorisation letter shown", style: Style(.itemPending), selected: true),
        ChecklistRow(mark: "[–]", text: "同意进门 Consent to enter — skipped: 在门口谈", style: Style(.itemSkipped)),
        ChecklistRow(mark: "[n/a]", text: "第三方在场 Third party present", style: Style(.itemNotApplicable)),
    ]
    for (index, item) in items.enumerated() where index < checklist.height {
        item.render(in: Rect(x: checklist.x, y: checklist.y + index, width: checklist.width, height: 1), into: &buffer)
    }
    KeyBar(items: [.init(keys: "Tab", help: "窗格"), .init(keys: "j/k", help: "移动"), .init(keys: "Space", help: "勾选"),
                   .init(keys: "q", help: "退出 quit")])
        .render(in: Rect(x: 0, y: height - 1, width: width, height: 1), into: &buffer)
    return buffer
}

let mode = arguments.first ?? ""
guard mode == "frame" || mode == "keys" else {
    fail("usage: TUIHarness frame --expect FILE [--pid FILE] | TUIHarness keys --log FILE", status: 64)
}

let backend: NcursesBackend
do {
    backend = try NcursesBackend(theme: .builtInDefault)
} catch {
    fail(error.description, status: 2)
}
defer { backend.shutdown() }

/// A termination signal only interrupts the key read: restore the terminal and exit as the app does.
@MainActor func exitIfSignalled() {
    guard let signal = backend.takeTerminationSignal() else { return }
    backend.shutdown()
    exit(128 + signal)
}

if let pidFile = option("--pid") {
    try? String(getpid()).write(toFile: pidFile, atomically: true, encoding: .utf8)
}

switch mode {
case "frame":
    let (width, height) = backend.size
    let frame = knownFrame(width: width, height: height)
    try backend.draw(frame)
    let memory = MemoryBackend(width: width, height: height)
    try memory.draw(frame)
    if let expectFile = option("--expect") {
        try memory.textLines.joined(separator: "\n").write(toFile: expectFile, atomically: true, encoding: .utf8)
    }
    while backend.readKey(timeoutMilliseconds: -1) == nil { exitIfSignalled() }
default:
    let logFile = option("--log").map { URL(fileURLWithPath: $0) }
    var log = ""
    var last = "—"
    while true {
        let (width, height) = backend.size
        var buffer = CellBuffer(width: width, height: height)
        let inner = Pane(title: "按键 Keys", focused: true).render(in: buffer.bounds, into: &buffer)
        buffer.write("last key: \(last)", x: inner.x, y: inner.y, clip: inner)
        buffer.write("size: \(width)×\(height)  q quits", x: inner.x, y: inner.y + 1, style: Style(.muted), clip: inner)
        buffer.write("cells written by the previous frame: \(backend.lastChangedCellCount)", x: inner.x, y: inner.y + 2,
                     style: Style(.muted), clip: inner)
        try backend.draw(buffer)
        guard let key = backend.readKey(timeoutMilliseconds: -1) else {
            exitIfSignalled()
            continue
        }
        last = key.description
        log += last + "\n"
        if let logFile { try log.write(to: logFile, atomically: true, encoding: .utf8) }
        if key == .character("q") { break }
        if key == .character("e") {
            backend.suspend()
            _ = system("printf 'external program: press Enter\\n'; read line")
            backend.resume()
        }
    }
}
