import TUI
import VisitDesk

/// One past visit opened read-only: its stages, items, notes and timeline; `s` opens its summary.
struct ReviewScreen: Screen {
    enum Action: Hashable {
        case move(ListMotion)
        case showSummary, back
    }

    static let title = LocalizedText(zh: "查看", en: "review")

    var visitID: Int64
    var heading: String
    var lines: [String]
    var scroll = 0

    init(visitID: Int64, heading: String, lines: [String]) {
        self.visitID = visitID
        self.heading = heading
        self.lines = lines
    }

    static func keymap(_ language: Language) -> [KeyBinding<Action>] {
        return [
            KeyBinding([.character("s")], label: "s", help: LocalizedText(zh: "小结", en: "summary")[language], action: .showSummary),
            KeyBinding([.escape], label: "Esc", help: LocalizedText(zh: "返回", en: "back")[language], action: .back),
        ] + ListMotion.keymap(language).map { $0.map(Action.move) }
    }

    func mode(_ context: DeskContext) -> DeskMode { .review }

    func reload(in language: Language) -> Effect? { .openReview(visitID: visitID, language: language) }

    mutating func handle(_ action: Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch action {
        case .move(let motion):
            scroll = min(motion.scrolled(scroll, page: context.area.height - 2), max(0, lines.count - 1))
            return []
        case .showSummary:
            return [.loadSummary(visitID: visitID, language: context.language)]
        case .back:
            return [.back]
        }
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        DocumentView.render(title: heading, lines: lines, scroll: scroll, in: context.area, into: &buffer)
    }
}
