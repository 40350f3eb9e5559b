import Foundation
import TUI
import VisitDesk

/// What a component may know of the desk around it when it handles a key or draws: the
/// language, clock and configuration, the case shown, and the area it is drawn in.
/// Read-only: a component changes only its own state, and asks for the rest with effects.
struct DeskContext {
    var language: Language
    var clock: VisitClock
    var now: Date
    var playbooks: PlaybookLibrary
    var rules: RuleEngine
    /// The database cannot be written by this user: the desk is for review only.
    var isReadOnly = false
    /// A record is being rendered and sent to CUPS in the background.
    var isPrinting = false
    /// The case shown in the right-hand panes, with its visit.
    var session: CaseSession?
    /// The case selected in the case list.
    var selectedCase: LoanCase?
    /// Whether the component has the keyboard (a pane with focus, the top dialog or screen).
    var isFocused = true
    /// Where the component is drawn.
    var area = Rect(x: 0, y: 0, width: 0, height: 0)

    func text(_ localized: LocalizedText) -> String { localized[language] }

    /// Rows of content inside the component's bordered pane.
    var innerHeight: Int { max(0, area.height - 2) }

    /// The open visit of the shown case if it can still be changed.
    var liveVisit: VisitState? { session?.liveVisit }

    /// Why the change cannot be made: no visit, or it has ended (then what can still be
    /// written: addenda, and the follow-up items unless the visitors were asked to leave).
    var whyNoLiveVisit: StatusMessage {
        guard let visit = session?.visit else { return .info(text(UIText.needOpenVisit)) }
        if visit.isLocked { return .info(text(UIText.visitLockedAddendum[visit.role])) }
        return .info(text(UIText.visitEndedAddendum))
    }
}
