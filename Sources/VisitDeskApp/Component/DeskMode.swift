import VisitDesk

/// Which kind of work the keys do now, named at the left of the key bar so a user always
/// knows whether a letter types or acts.
enum DeskMode: Hashable, Sendable {
    /// Moving through lists and acting on what is selected.
    case browse
    /// Typing a note: letters are text.
    case note
    /// Filling a form or answering a dialog.
    case form
    /// Reading a record that cannot be changed here.
    case review

    var label: LocalizedText {
        switch self {
        case .browse: LocalizedText(zh: "浏览", en: "browse")
        case .note: LocalizedText(zh: "输入记录", en: "note")
        case .form: LocalizedText(zh: "表单", en: "form")
        case .review: LocalizedText(zh: "复核", en: "review")
        }
    }
}
