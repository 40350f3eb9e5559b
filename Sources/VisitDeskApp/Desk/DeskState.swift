import Foundation
import TUI
import VisitDesk

/// The whole desk as a value: the panes, the screens and dialogs over them, and what the
/// desk shares with them. `update` changes it; `DeskRenderer` draws it.
struct DeskState {
    /// The smallest terminal the layout works in; below it one message replaces the layout.
    static let minimumSize = Size(width: 60, height: 16)
    /// Rows the checklist and notes panes keep while no visit is shown.
    static let emptyPanesHeight = 8

    var language: Language
    var size: Size
    var now: Date
    var clock: VisitClock
    var playbooks: PlaybookLibrary
    var rules: RuleEngine

    var focus: DeskPane = .cases
    var caseList = CaseList()
    var visitPanel = VisitPanel()
    var checklist = Checklist()
    var notes = Notes()
    /// Screens shown over the desk; Esc leaves the top one.
    var screens: [any Screen] = []
    /// Dialogs over everything; keys go to the top one.
    var dialogs: [any Dialog] = []
    var message: StatusMessage?
    /// The database cannot be written by this user: the desk is for review only.
    var isReadOnly = false
    /// A record is being rendered and sent to CUPS in the background.
    var isPrinting = false
    /// The background sync with the team's server; nil when none is configured.
    var sync: SyncIndicator?
    var shouldQuit = false

    init(language: Language, size: Size, now: Date, clock: VisitClock, playbooks: PlaybookLibrary, rules: RuleEngine) {
        self.language = language
        self.size = size
        self.now = now
        self.clock = clock
        self.playbooks = playbooks
        self.rules = rules
    }

    func text(_ localized: LocalizedText) -> String { localized[language] }

    var isTooSmall: Bool { size.width < Self.minimumSize.width || size.height < Self.minimumSize.height }

    var session: CaseSession? { visitPanel.session }

    var layout: DeskLayout {
        let innerWidth = size.width - DeskLayout.casesWidth(size) - 2
        // Before a visit the checklist and notes have nothing to show: the case's details and
        // records may take all but a few rows of theirs.
        let half = max(4, (size.height - 2) / 2)
        let limit = session?.visit == nil ? max(half, size.height - 2 - Self.emptyPanesHeight) : half
        return DeskLayout(size: size, stageHeight: min(visitPanel.preferredHeight(language, width: innerWidth), limit))
    }

    /// What a component drawn in `area` may know of the desk.
    func context(area: Rect, focused: Bool = true) -> DeskContext {
        DeskContext(language: language, clock: clock, now: now, playbooks: playbooks, rules: rules,
                    isReadOnly: isReadOnly, isPrinting: isPrinting, session: visitPanel.session,
                    selectedCase: caseList.selectedCase, isFocused: focused, area: area)
    }

    /// The context of a pane of the desk. Laying the desk out wraps the stage pane's lines:
    /// whoever needs several panes lays it out once and passes `layout`.
    func context(of pane: DeskPane, in layout: DeskLayout? = nil) -> DeskContext {
        let layout = layout ?? self.layout
        let area = switch pane {
        case .cases: layout.cases
        case .stage: layout.stage
        case .checklist: layout.checklist
        case .notes: layout.notes
        }
        return context(area: area, focused: focus == pane && screens.isEmpty && dialogs.isEmpty)
    }
}
