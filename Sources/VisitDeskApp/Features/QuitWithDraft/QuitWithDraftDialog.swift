import TUI
import VisitDesk

/// Quitting while a note is typed: keep it as the visit's draft, discard it, or stay.
struct QuitWithDraftDialog: ChoiceDialog {
    static let title = LocalizedText(zh: "有未保存的记录草稿", en: "a note draft is open")
    static let options = QuitChoice.allCases

    /// The note's visit and its text when quitting was asked for.
    var visitID: Int64
    var text: String
    var choice = ChoiceList(count: QuitChoice.allCases.count)

    init(visitID: Int64, text: String) {
        self.visitID = visitID
        self.text = text
    }

    static func letter(of option: QuitChoice) -> Character { option.shortcut }
    static func label(of option: QuitChoice, in language: Language) -> String { option.label[language] }
    func heading(_ context: DeskContext) -> String { context.text(UIText.quitWithDraft) }

    func chosen(_ option: QuitChoice, _ context: DeskContext) -> [Effect] {
        switch option {
        case .keepDraft: [.quit, .saveDraft(visitID: visitID, text: text)]
        case .discardDraft: [.quit, .clearDraft(visitID: visitID)]
        case .cancel: [.dismiss]
        }
    }
}
