import TUI
import VisitDesk

/// Draws the open dialog over the screen: help, forms and choice lists.
enum DialogView {
    static func render(_ modal: Dialog, state: AppState, over area: Rect, into buffer: inout CellBuffer) {
        let t = state.text
        switch modal {
        case .help(let scroll):
            HelpOverlay.render(state, scroll: scroll, over: area, into: &buffer)
        case .startVisit(let form):
            renderForm(form, title: t(UIText.startVisit), hint: t(UIText.formKeys), over: area, into: &buffer)
        case .outcomeForm(let code, let form):
            renderForm(form, title: "\(t(UIText.outcome)) · \(code.label[state.language])", hint: t(UIText.outcomeKeys), over: area, into: &buffer)
        case .chooseOutcome(let list):
            renderChoices(OutcomeCode.allCases.map { "\($0.label[state.language]) (\($0.shortcut))" }, selected: list.selected,
                          title: t(UIText.outcome), hint: t(UIText.chooseOutcome), over: area, into: &buffer)
        case .endVisit(let selected):
            renderChoices(EndReason.allCases.map { "\($0.label[state.language]) (\($0.shortcut))" }, selected: selected,
                          title: t(UIText.endVisit), hint: nil, over: area, into: &buffer)
        case .quitWithDraft(let selected):
            renderChoices(QuitChoice.allCases.map { "\($0.label[state.language]) (\($0.shortcut))" }, selected: selected,
                          title: t(UIText.quitWithDraft), hint: nil, over: area, into: &buffer)
        case .print(let dialog):
            PrintDialogView.render(dialog, state: state, over: area, into: &buffer)
        case .skipReason(_, let editor):
            let width = min(area.width - 4, 60)
            let inner = Modal(title: t(UIText.skipReason), width: width, height: 3).render(over: area, into: &buffer)
            let visible = editor.visible(width: max(1, inner.width - 1))
            buffer.write(visible.text, x: inner.x, y: inner.y, clip: inner)
            buffer.setCursor(x: inner.x + visible.cursorColumn, y: inner.y)
        }
    }

    private static func renderForm(_ form: Form, title: String, hint: String, over area: Rect, into buffer: inout CellBuffer) {
        let width = min(area.width - 2, 76)
        let height = min(area.height, form.fields.count + 4)
        let inner = Modal(title: title, width: width, height: height).render(over: area, into: &buffer)
        let formArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - 1))
        form.render(in: formArea, into: &buffer)
        buffer.write(hint, x: inner.x, y: inner.maxY - 1, style: Style(.muted), clip: inner)
    }

    private static func renderChoices(_ options: [String], selected: Int, title: String, hint: String?,
                                      over area: Rect, into buffer: inout CellBuffer) {
        let hintRows = hint == nil ? 0 : 1
        let width = min(area.width - 2, max(options.map(\.displayWidth).max() ?? 0, hint?.displayWidth ?? 0, title.displayWidth + 4) + 6)
        let inner = Modal(title: title, width: width, height: min(area.height, options.count + 2 + hintRows))
            .render(over: area, into: &buffer)
        var list = ListState()
        list.selected = selected
        let listArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - hintRows))
        list.scrollToSelection(height: listArea.height)
        ListView().render(in: listArea, into: &buffer, source: StringRows(rows: options), state: list)
        if let hint { buffer.write(hint, x: inner.x, y: inner.maxY - 1, style: Style(.muted), clip: inner) }
    }
}

/// A list of ready-made text rows.
struct StringRows: ListDataSource {
    let rows: [String]
    var count: Int { rows.count }
    func row(at index: Int) -> String { rows[index] }
}

/// The help overlay, generated from the keymap table so it never drifts from dispatch.
enum HelpOverlay {
    static func lines(_ state: AppState) -> [String] {
        let bindings = state.keymap.bindings
        let labelWidth = bindings.map(\.label.displayWidth).max() ?? 0
        var lines: [String] = []
        var context = ""
        for binding in bindings {
            if binding.context != context {
                context = binding.context
                if !lines.isEmpty { lines.append("") }
                lines.append("[\(contextName(context, state.language))]")
            }
            lines.append("  " + binding.label.truncated(to: labelWidth) + "  " + binding.help)
        }
        return lines
    }

    static func render(_ state: AppState, scroll: Int, over area: Rect, into buffer: inout CellBuffer) {
        let lines = lines(state)
        let width = min(area.width - 2, 64)
        let height = min(area.height, lines.count + 3)
        let inner = Modal(title: "\(state.text(UIText.help)) · \(state.text(UIText.helpClose))", width: width, height: height)
            .render(over: area, into: &buffer)
        let top = min(scroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            buffer.write(line, x: inner.x, y: inner.y + row, style: line.hasPrefix("[") ? Style(.header, bold: true) : .normal, clip: inner)
        }
    }

    static func contextName(_ context: String, _ language: Language) -> String {
        let names: [String: LocalizedText] = [
            KeyContext.anywhere: LocalizedText(zh: "任何地方", en: "anywhere"),
            KeyContext.help: LocalizedText(zh: "帮助", en: "help"),
            KeyContext.desk: LocalizedText(zh: "工作台", en: "desk"),
            KeyContext.lists: LocalizedText(zh: "列表", en: "lists"),
            KeyContext.cases: LocalizedText(zh: "案件列表", en: "cases"),
            KeyContext.checklist: LocalizedText(zh: "检查清单", en: "checklist"),
            KeyContext.visit: LocalizedText(zh: "进行中的上门", en: "open visit"),
            KeyContext.history: LocalizedText(zh: "上门记录", en: "history"),
            KeyContext.review: LocalizedText(zh: "查看", en: "review"),
            KeyContext.summary: LocalizedText(zh: "小结", en: "summary"),
            PrintKeys.context: PrintKeys.contextName,
        ]
        return names[context]?[language] ?? context
    }
}
