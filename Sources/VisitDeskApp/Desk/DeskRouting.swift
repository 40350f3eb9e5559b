import TUI
import VisitDesk

/// How a key finds its component: the top dialog takes every key; otherwise the screen on
/// top, or the focused pane and then the open visit's keys; then the desk's own keys.
extension DeskState {
    mutating func handleKey(_ key: Key, _ env: DeskEnvironment) -> [Effect] {
        if key == .resize { return [] }
        // In raw mode Ctrl-\\ and Ctrl-Z arrive as keys, not as SIGQUIT and SIGTSTP.
        if key == .ctrl("c") || key == .ctrl("\\") { return interrupt() }
        if key == .ctrl("z") { return [.suspendProcess] }
        let layout = layout
        if !dialogs.isEmpty {
            var top = dialogs.removeLast()
            let effects = Self.route(key, to: &top, context(area: layout.body), env) ?? []
            dialogs.append(top)
            return carryOut(effects)
        }
        if isTooSmall {
            return Keymap(DeskAction.bindings(language, onScreen: true)).action(for: key) == .quit ? perform(.quit) : []
        }
        if !screens.isEmpty {
            var top = screens.removeLast()
            let effects = Self.route(key, to: &top, context(area: layout.body), env)
            screens.append(top)
            if let effects { return carryOut(effects) }
            return deskCommand(for: key, onScreen: true)
        }
        if let effects = routeToFocusedPane(key, context(of: focus, in: layout), env) { return carryOut(effects) }
        if focus != .stage, let effects = Self.route(key, to: &visitPanel, context(of: .stage, in: layout), env) { return carryOut(effects) }
        return deskCommand(for: key, onScreen: false)
    }

    /// The bindings the key bar shows, and the mode named at its left, in `layout` (the
    /// desk's own when not given).
    func keyBar(_ layout: DeskLayout? = nil) -> KeyBar {
        let layout = layout ?? self.layout
        let mode: DeskMode
        var items: [KeyBar.Item]
        if let top = dialogs.last {
            let context = context(area: layout.body)
            return KeyBar(mode: top.mode(context).label[language], items: top.barItems(context))
        } else if let top = screens.last {
            let context = context(area: layout.body)
            mode = top.mode(context)
            items = top.barItems(context)
            if Self.takesText(top) { return KeyBar(mode: mode.label[language], items: items) }
            items += KeyBar(bindings: DeskAction.bindings(language, onScreen: true)).items
        } else {
            let pane = context(of: focus, in: layout)
            switch focus {
            case .cases: (mode, items) = (caseList.mode(pane), caseList.barItems(pane))
            case .stage: (mode, items) = (visitPanel.mode(pane), visitPanel.barItems(pane))
            case .checklist: (mode, items) = (checklist.mode(pane), checklist.barItems(pane))
            case .notes: (mode, items) = (notes.mode(pane), notes.barItems(pane))
            }
            if caseList.search.isTyping || notes.editor != nil { return KeyBar(mode: mode.label[language], items: items) }
            if focus != .stage { items += visitPanel.barItems(context(of: .stage, in: layout)) }
            items += KeyBar(bindings: DeskAction.bindings(language, onScreen: false)).items
        }
        return KeyBar(mode: mode.label[language], items: items)
    }

    private static func takesText(_ screen: any Screen) -> Bool {
        (screen as? HistoryScreen)?.search.isTyping == true
    }

    private mutating func routeToFocusedPane(_ key: Key, _ pane: DeskContext, _ env: DeskEnvironment) -> [Effect]? {
        switch focus {
        case .cases: return Self.route(key, to: &caseList, pane, env)
        case .stage: return Self.route(key, to: &visitPanel, pane, env)
        case .checklist: return Self.route(key, to: &checklist, pane, env)
        case .notes: return Self.route(key, to: &notes, pane, env)
        }
    }

    /// A key through one component's bindings, then its typing; nil when it means nothing there.
    private static func route<C: Component>(_ key: Key, to component: inout C, _ context: DeskContext,
                                            _ env: DeskEnvironment) -> [Effect]? {
        component.handle(key: key, context, env)
    }

    private mutating func deskCommand(for key: Key, onScreen: Bool) -> [Effect] {
        guard let command = Keymap(DeskAction.bindings(language, onScreen: onScreen)).action(for: key) else { return [] }
        message = nil
        return perform(command)
    }

    /// Ctrl-C quits from anywhere — forms, searches and dialogs included. With a note being
    /// typed it asks first; a second Ctrl-C keeps the draft and quits.
    private mutating func interrupt() -> [Effect] {
        if let asking = dialogs.last as? QuitWithDraftDialog {
            shouldQuit = true
            return [.saveDraft(visitID: asking.visitID, text: asking.text)]
        }
        dialogs.removeAll()
        return perform(.quit)
    }

    mutating func perform(_ command: DeskAction) -> [Effect] {
        switch command {
        case .help:
            dialogs.append(HelpDialog(sections: DeskCatalog.helpSections(language)))
        case .quit:
            if let visitID = session?.visit?.id, let editor = notes.editor {
                dialogs.append(QuitWithDraftDialog(visitID: visitID, text: editor.text))
            } else {
                shouldQuit = true
            }
        case .toggleLanguage:
            language = language == .zh ? .en : .zh
            visitPanel.refreshWarnings(context(of: .stage))
            return screens.last?.reload(in: language).map { [$0] } ?? []
        case .redraw:
            return [.redraw]
        case .focusNext:
            focus = DeskPane(rawValue: focus.rawValue % DeskPane.allCases.count + 1) ?? .cases
        case .focusPrevious:
            focus = DeskPane(rawValue: (focus.rawValue + DeskPane.allCases.count - 2) % DeskPane.allCases.count + 1) ?? .cases
        case .focusPane(let pane):
            focus = pane
        case .caseHistory, .allHistory:
            let loanCase = session?.loanCase ?? caseList.selectedCase
            if command == .caseHistory, loanCase == nil { return [] }
            let heading = loanCase.flatMap { shown in
                command == .caseHistory ? SafeText.neutralised("\(text(UIText.history)) · \(shown.reference) \(shown.debtorName)") : nil
            } ?? text(UIText.historyAll)
            let history = HistoryScreen(caseID: command == .caseHistory ? loanCase?.id : nil, heading: heading)
            screens.append(history)
            return [history.loadEffect]
        case .recordOnCase:
            // The case selected in the list when the list has the focus, else the case shown.
            let loanCase = focus == .cases ? caseList.selectedCase ?? session?.loanCase : session?.loanCase ?? caseList.selectedCase
            guard let caseID = loanCase?.id else {
                message = .info(text(UIText.needCase))
                return []
            }
            if isReadOnly {
                message = .error(text(UIText.caseRecordsReadOnly))
                return []
            }
            return [.loadCaseFile(caseID: caseID)]
        case .worklist:
            let screen = WorklistScreen(day: CalendarDay(now, in: clock.timeZone))
            screens.append(screen)
            return [screen.loadEffect]
        case .dayReport:
            let screen = DayReportScreen(day: CalendarDay(now, in: clock.timeZone))
            screens.append(screen)
            return [screen.loadEffect]
        }
        return []
    }

    /// Carries out what components asked of the desk; returns the work for the runner.
    mutating func carryOut(_ effects: [Effect]) -> [Effect] {
        var work: [Effect] = []
        for effect in effects {
            switch effect {
            case .present(let box): dialogs.append(box.dialog)
            case .dismiss: if !dialogs.isEmpty { dialogs.removeLast() }
            case .show(let box): screens.append(box.screen)
            case .back: if !screens.isEmpty { screens.removeLast() }
            case .focus(let pane): focus = pane
            case .beginNote:
                notes.begin(from: focus)
                focus = .notes
            case .say(let said): message = said
            case .quit: shouldQuit = true
            case .submitPrint:
                isPrinting = true
                work.append(effect)
            default: work.append(effect)
            }
        }
        return work
    }
}
