import VisitDesk

/// The options of the quit dialog shown while a note draft is open.
enum QuitChoice: CaseIterable {
    case keepDraft, discardDraft, cancel

    var shortcut: Character {
        switch self {
        case .keepDraft: "s"
        case .discardDraft: "d"
        case .cancel: "c"
        }
    }

    var label: LocalizedText {
        switch self {
        case .keepDraft: UIText.keepDraftQuit
        case .discardDraft: UIText.discardDraftQuit
        case .cancel: UIText.cancel
        }
    }
}
