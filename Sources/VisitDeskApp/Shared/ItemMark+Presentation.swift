import TUI
import VisitDesk

extension ItemMark {
    /// The mark shown for an item in this state, `[✓]`.
    var symbol: String {
        switch self {
        case .pending: "[ ]"
        case .done: "[✓]"
        case .skipped: "[–]"
        case .notApplicable: "[/]"
        }
    }

    /// The colour of an item in this state.
    var role: StyleRole {
        switch self {
        case .pending: .itemPending
        case .done: .itemDone
        case .skipped: .itemSkipped
        case .notApplicable: .itemNotApplicable
        }
    }
}
