import TUI
import VisitDesk

/// A visit's summary: the record laid out for the pane it is drawn in, so no rule or table
/// row is wider than the pane; `w` writes it as files, `P` prints it.
struct SummaryScreen: Screen {
    enum Action: Hashable {
        case move(ListMotion)
        case write, print, back
    }

    static let title = LocalizedText(zh: "小结", en: "summary")

    var summary: SummaryDocument
    var scroll = 0
    /// The record laid out for the last width drawn at, so scrolling does not lay it out again.
    private var layout: Layout?

    private struct Layout: Hashable {
        var width: Int
        var lines: [String]
    }

    init(summary: SummaryDocument, width: Int) {
        self.summary = summary
        layout = Layout(width: width, lines: Self.lines(summary, paneWidth: width))
    }

    static func keymap(_ language: Language) -> [KeyBinding<Action>] {
        return [
            KeyBinding([.character("w")], label: "w", help: LocalizedText(zh: "保存为文件", en: "write files")[language], action: .write),
            KeyBinding([.character("P")], label: "P", help: LocalizedText(zh: "打印", en: "print")[language], action: .print),
            KeyBinding([.escape], label: "Esc", help: LocalizedText(zh: "返回", en: "back")[language], action: .back),
        ] + ListMotion.keymap(language).map { $0.map(Action.move) }
    }

    func mode(_ context: DeskContext) -> DeskMode { .review }

    func reload(in language: Language) -> Effect? { .loadSummary(visitID: summary.visitID, language: language) }

    mutating func handle(_ action: Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch action {
        case .move(let motion):
            let count = lines(width: context.area.width).count
            scroll = min(motion.scrolled(scroll, page: context.area.height - 2), max(0, count - 1))
            return []
        case .write:
            return [.writeSummary(summary)]
        case .print:
            if context.isPrinting { return [.say(.info(context.text(PrintText.stillPrinting)))] }
            return [.say(.info(context.text(PrintText.findingPrinters))), .findPrinters(visitID: summary.visitID)]
        case .back:
            return [.back]
        }
    }

    /// The record's lines for a pane `width` columns wide.
    func lines(width: Int) -> [String] {
        if let layout, layout.width == width { return layout.lines }
        return Self.lines(summary, paneWidth: width)
    }

    /// Lays the record out again when the pane's width changed.
    mutating func fit(width: Int) {
        guard layout?.width != width else { return }
        layout = Layout(width: width, lines: Self.lines(summary, paneWidth: width))
    }

    /// The record as text for a pane `paneWidth` columns wide: its two borders and the one-column
    /// margin `DocumentView` keeps on the left are left out.
    static func lines(_ summary: SummaryDocument, paneWidth: Int) -> [String] {
        SummaryText(document: summary.document, width: paneWidth - 3).lines
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        DocumentView.render(title: summary.title, lines: lines(width: context.area.width), scroll: scroll, in: context.area, into: &buffer)
    }
}
