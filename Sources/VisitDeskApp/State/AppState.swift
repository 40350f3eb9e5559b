import Foundation
import TUI
import VisitDesk

/// Everything the desk shows, as a value. `update` changes it; `DeskRenderer` draws it.
struct AppState {
    /// The smallest terminal the layout works in; below it one message replaces the layout.
    static let minimumSize = Size(width: 60, height: 16)

    var language: Language
    var size: Size
    var now: Date
    var clock: VisitClock
    var playbooks: PlaybookLibrary
    var rules: RuleEngine

    var focus: DeskPane = .cases
    var cases = CaseListState()
    var openCase: OpenCase?
    /// The note being typed in the notes pane, if any; saved as a draft every second.
    var noteEditor: LineEditor?
    /// The text of the note being typed as last saved to the store as a draft.
    var draftSavedText: String?
    var modal: Dialog?
    /// Screens shown over the desk; Esc pops the top one.
    var screens: [Screen] = []
    var message: StatusMessage?
    /// The database cannot be written by this user: the desk is for review only.
    var isReadOnly = false
    /// A record is being rendered and sent to CUPS in the background.
    var isPrinting = false
    var shouldQuit = false

    init(language: Language, size: Size, now: Date, clock: VisitClock, playbooks: PlaybookLibrary, rules: RuleEngine) {
        self.language = language
        self.size = size
        self.now = now
        self.clock = clock
        self.playbooks = playbooks
        self.rules = rules
    }

    var keymap: Keymap<DeskAction> { DeskKeymap.table(language) }

    func text(_ localized: LocalizedText) -> String { localized[language] }

    var isTooSmall: Bool { size.width < Self.minimumSize.width || size.height < Self.minimumSize.height }

    /// The open visit of the open case, if it can still be changed.
    var liveVisit: VisitState? {
        guard let visit = openCase?.visit, !visit.isEnded else { return nil }
        return visit
    }

    /// The key contexts in force, most specific first (see `KeyContext`).
    var activeContexts: [String] {
        if case .help? = modal { return [KeyContext.help, KeyContext.lists, KeyContext.anywhere] }
        if case .print? = modal { return [PrintKeys.context] }
        switch screens.last {
        case .history: return [KeyContext.history, KeyContext.lists, KeyContext.anywhere]
        case .review: return [KeyContext.review, KeyContext.lists, KeyContext.anywhere]
        case .summary: return [KeyContext.summary, KeyContext.lists, KeyContext.anywhere]
        case nil: break
        }
        var contexts: [String] = []
        switch focus {
        case .cases: contexts += [KeyContext.cases, KeyContext.lists]
        case .checklist: contexts += openCase?.visit == nil ? [] : [KeyContext.checklist, KeyContext.lists]
        case .notes: contexts += [KeyContext.lists]
        case .stage: break
        }
        if openCase?.visit != nil { contexts.append(KeyContext.visit) }
        return contexts + [KeyContext.desk, KeyContext.anywhere]
    }
}

/// A terminal size in cells.
struct Size: Hashable, Sendable {
    var width: Int
    var height: Int
}

/// Formats times in the configured time zone (the one the rules use).
struct VisitClock: Sendable {
    var timeZone: TimeZone

    /// `10:05`
    func time(_ date: Date) -> String { TimeOfDay.clock(date, in: timeZone) }
    /// `2026-11-20 10:05`
    func dateTime(_ date: Date) -> String { "\(CalendarDay(date, in: timeZone)) \(time(date))" }
}

/// A one-line message under the panes: what just happened, or what went wrong.
struct StatusMessage: Hashable {
    var text: String
    var isError: Bool
}

/// The case list: a window of rows fetched from the store around the visible part, so a
/// list of 100k cases costs only the rows on screen.
struct CaseListState {
    var count = 0
    var query = ""
    /// Present while the user types a search after `/`.
    var searchEditor: LineEditor?
    var list = ListState()
    var windowOffset = 0
    var window: [LoanCase] = []
    var loaded = false

    func row(at index: Int) -> LoanCase? {
        let local = index - windowOffset
        return window.indices.contains(local) ? window[local] : nil
    }

    var selectedCase: LoanCase? { row(at: list.selected) }
}

/// The case shown in the right-hand panes, with its open (or last) visit.
struct OpenCase {
    var loanCase: LoanCase
    var visit: VisitState?
    var playbook: Playbook?
    var warnings: [RuleWarning] = []
    var revealed = false
    var checklist = ListState()
    /// How many lines the notes are scrolled back from the newest one.
    var notesScrollBack = 0

    /// The position of the visit's current stage in its playbook.
    var stageIndex: Int {
        guard let visit, let playbook else { return 0 }
        return visit.currentStageIndex(in: playbook)
    }

    var currentStage: Stage? {
        guard let playbook, visit != nil, playbook.stages.indices.contains(stageIndex) else { return nil }
        return playbook.stages[stageIndex]
    }

    var selectedItem: ChecklistItem? {
        guard let items = currentStage?.items, items.indices.contains(checklist.selected) else { return nil }
        return items[checklist.selected]
    }
}

/// A dialog over the current screen. Keys go to it first.
enum Dialog {
    case help(scroll: Int)
    case startVisit(Form)
    case chooseOutcome(ListState)
    case outcomeForm(OutcomeCode, Form)
    case skipReason(itemID: String, editor: LineEditor)
    case endVisit(selected: Int)
    case quitWithDraft(selected: Int)
    case print(PrintDialog)
}

/// A full screen over the desk.
enum Screen {
    case history(HistoryState)
    case review(ReviewState)
    case summary(SummaryState)
}

/// Past visits of one case (`caseID`) or of all cases.
struct HistoryState {
    var caseID: Int64?
    var title: String
    var query = ""
    var searchEditor: LineEditor?
    var rows: [VisitListRow] = []
    var list = ListState()
}

/// One past visit opened read-only: its document and a scroll position.
struct ReviewState {
    var visitID: Int64
    var title: String
    var lines: [String]
    var scroll = 0
}

/// A visit summary: the record document, laid out on screen at the pane's width, and the
/// text (80 columns) and Markdown that `w` writes and `P` prints.
struct SummaryState {
    var visitID: Int64
    var title: String
    var document: RecordDocument
    /// The record as fixed-width text of 80 columns.
    var lines: [String]
    var markdown: String
    var fileStem: String
    var scroll = 0
}
