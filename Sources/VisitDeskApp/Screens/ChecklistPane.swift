import TUI
import VisitDesk

/// The checklist of the current stage: state mark, text, time marked, skip reason.
enum ChecklistPane {
    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        let inner = Pane(title: "3 " + state.text(UIText.checklist), focused: state.focus == .checklist).render(in: area, into: &buffer)
        guard !inner.isEmpty, let open = state.openCase else { return }
        guard let visit = open.visit, let stage = open.currentStage else {
            buffer.write(state.text(UIText.noVisit), x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
            return
        }
        var list = open.checklist
        list.scrollToSelection(height: inner.height)
        for (row, index) in (list.offset..<min(stage.items.count, list.offset + inner.height)).enumerated() {
            let item = stage.items[index]
            let record = visit.marks[item.id]
            let presentation = Self.presentation(record?.mark ?? .pending, language: state.language)
            var trailing = record.map { state.clock.time($0.at) } ?? ""
            if case .skipped(let reason)? = record?.mark { trailing = "\(state.text(UIText.skipped)): \(reason)  \(trailing)" }
            let text = item.text[state.language] + (item.required ? " *" : "")
            let selected = index == list.selected && state.focus == .checklist
            ChecklistRow(mark: presentation.mark, text: SafeText.neutralised(text), trailing: SafeText.neutralised(trailing),
                         style: Style(presentation.role), selected: selected, markWidth: 4)
                .render(in: Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), into: &buffer)
        }
    }

    /// The mark and colour of an item's state.
    static func presentation(_ mark: ItemMark, language: Language) -> (mark: String, role: StyleRole) {
        switch mark {
        case .pending: ("[ ]", .itemPending)
        case .done: ("[✓]", .itemDone)
        case .skipped: ("[–]", .itemSkipped)
        case .notApplicable: ("[/]", .itemNotApplicable)
        }
    }
}
