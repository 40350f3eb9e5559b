import TUI
import VisitDesk

/// Quitting while a note is typed: keep it as the visit's draft, discard it, or stay.
struct QuitWithDraftDialog: Dialog {
    typealias Action = ChoiceList.Action

    static let title = LocalizedText(zh: "有未保存的记录草稿", en: "a note draft is open")

    /// The note's visit and its text when quitting was asked for.
    var visitID: Int64
    var text: String
    var choice = ChoiceList(count: QuitChoice.allCases.count)

    init(visitID: Int64, text: String) {
        self.visitID = visitID
        self.text = text
    }

    static func keymap(_ language: Language) -> [KeyBinding<ChoiceList.Action>] {
        ChoiceList.keymap(letters: QuitChoice.allCases.map(\.shortcut), labels: QuitChoice.allCases.map { $0.label[language] },
                          language: language)
    }

    mutating func handle(_ action: ChoiceList.Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch choice.apply(action) {
        case .stays: return []
        case .cancelled: return [.dismiss]
        case .chosen(let index):
            switch QuitChoice.allCases[index] {
            case .keepDraft: return [.quit, .saveDraft(visitID: visitID, text: text)]
            case .discardDraft: return [.quit, .clearDraft(visitID: visitID)]
            case .cancel: return [.dismiss]
            }
        }
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        let options = QuitChoice.allCases.map { "\($0.label[context.language]) (\($0.shortcut))" }
        choice.render(options: options, title: context.text(UIText.quitWithDraft), hint: nil, over: context.area, into: &buffer)
    }
}
