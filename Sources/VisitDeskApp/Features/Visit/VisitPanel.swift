import TUI
import VisitDesk

/// The case shown on the right and its visit: the stage pane (case details before a visit,
/// the stage strip and live warnings during one) and the keys that act on the whole visit
/// wherever the focus is — stages, undo, notes (addenda once ended), outcome, end, summary,
/// reveal, correcting the visitors, attaching evidence (to the visit, or with none shown to the
/// case) and, in the agent's conversation, the debtor's account.
struct VisitPanel: Component, Hashable {
    enum Action: Hashable {
        case nextStage, previousStage, undo
        case newNote, newNoteInEditor
        case recordOutcome, endVisit, showSummary
        case toggleReveal
        case correctVisitors, recordStatement
        case attachEvidence
    }

    static let title = LocalizedText(zh: "进行中的上门", en: "open visit")

    var session: CaseSession?

    static func keymap(_ language: Language) -> [KeyBinding<Action>] {
        func bind(_ key: Character, _ helpZH: String, _ helpEN: String, _ action: Action, bar: Bool = true) -> KeyBinding<Action> {
            KeyBinding([.character(key)], label: String(key), help: LocalizedText(zh: helpZH, en: helpEN)[language], action: action, showInBar: bar)
        }
        return [
            bind("n", "新记录", "note", .newNote),
            bind("]", "下一阶段", "next stage", .nextStage),
            bind("o", "记录结果", "outcome", .recordOutcome),
            bind("e", "结束上门", "end visit", .endVisit),
            bind("u", "撤销", "undo", .undo),
            bind("s", "小结", "summary", .showSummary),
            bind("[", "上一阶段", "previous stage", .previousStage, bar: false),
            bind("N", "用编辑器写记录", "note in $EDITOR", .newNoteInEditor, bar: false),
            bind("a", "附加证据文件", "attach evidence", .attachEvidence),
            bind("d", "记录债务人陈述", "debtor's account", .recordStatement),
            bind("V", "更正人员", "correct visitors", .correctVisitors, bar: false),
            bind("r", "显示/隐藏个人信息（记录在案）", "reveal/hide personal data (logged)", .toggleReveal, bar: false),
        ]
    }

    func isAvailable(_ action: Action, _ context: DeskContext) -> Bool {
        switch action {
        case .toggleReveal: true
        case .attachEvidence: session != nil
        // On an ended visit `u` says why nothing can be undone rather than staying silent; a
        // note written after the end is an addendum.
        case .showSummary, .newNote, .newNoteInEditor, .undo: session?.visit != nil
        case .recordStatement:
            session?.liveVisit?.role == .agent && session?.currentStage?.discussesDebt == true
        default: session?.liveVisit != nil
        }
    }

    func mode(_ context: DeskContext) -> DeskMode { .browse }

    mutating func handle(_ action: Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        if action == .toggleReveal { return toggleReveal(context) }
        if action == .attachEvidence { return attachEvidence(context) }
        if action == .showSummary {
            guard let visit = session?.visit else { return [] }
            return [.loadSummary(visitID: visit.id, language: context.language)]
        }
        if let ended = session?.visit, ended.isEnded {
            return afterTheEnd(action, ended, context)
        }
        guard let visit = context.liveVisit else { return [.say(context.whyNoLiveVisit)] }
        switch action {
        case .nextStage, .previousStage:
            return moveStage(visit, forward: action == .nextStage, context)
        case .undo:
            guard let sequence = visit.lastUndoableSequence else { return [.say(.info(context.text(UIText.nothingToUndo)))] }
            return [.write(StoreWrite(visitID: visit.id, kind: .undone(sequence: sequence), known: visit))]
        case .newNote:
            return [.beginNote]
        case .newNoteInEditor:
            return [.editNoteExternally(language: context.language)]
        case .recordOutcome:
            guard let loanCase = session?.loanCase else { return [] }
            return [.present(DialogBox(ChooseOutcomeDialog(visit: visit, loanCase: loanCase)))]
        case .endVisit:
            return [.present(DialogBox(EndVisitDialog(visit: visit)))]
        case .correctVisitors:
            return [.present(DialogBox(VisitorsDialog(visit: visit, language: context.language)))]
        case .recordStatement:
            return [.present(DialogBox(StatementDialog(visit: visit, language: context.language)))]
        case .toggleReveal, .showSummary, .attachEvidence:
            return []
        }
    }

    /// An ended visit takes addenda and, unless locked, the undo of a follow-up tick.
    private func afterTheEnd(_ action: Action, _ visit: VisitState, _ context: DeskContext) -> [Effect] {
        switch action {
        case .newNote:
            return [.beginNote]
        case .newNoteInEditor:
            return [.editNoteExternally(language: context.language)]
        case .undo where session?.canUndo == true:
            guard let sequence = visit.lastUndoableSequence else { return [] }
            return [.write(StoreWrite(visitID: visit.id, kind: .undone(sequence: sequence), known: visit, playbook: session?.playbook))]
        default:
            return [.say(context.whyNoLiveVisit)]
        }
    }

    private func moveStage(_ visit: VisitState, forward: Bool, _ context: DeskContext) -> [Effect] {
        guard let playbook = session?.playbook else { return [] }
        let target = visit.currentStageIndex(in: playbook) + (forward ? 1 : -1)
        guard playbook.stages.indices.contains(target) else {
            return [.say(.info(context.text(forward ? UIText.lastStage : UIText.firstStage)))]
        }
        return [.write(StoreWrite(visitID: visit.id, kind: .stageEntered(stageID: playbook.stages[target].id), known: visit))]
    }

    /// `r`: hiding is immediate; showing personal data in full is logged, so it asks first
    /// and the data shows once the store has the reveal.
    private mutating func toggleReveal(_ context: DeskContext) -> [Effect] {
        guard var shown = session, let caseID = shown.loanCase.id else { return [.say(.info(context.text(UIText.needCase)))] }
        guard !shown.revealed else {
            shown.revealed = false
            session = shown
            return [.recordReveal(caseID: caseID, revealed: false, known: shown.visit)]
        }
        if context.isReadOnly {
            // A reveal is only allowed when it can be logged.
            return [.say(.error(context.text(UIText.revealNeedsWritableDatabase)))]
        }
        return [.present(DialogBox(ConfirmDialog(question: UIText.revealQuestion,
                                                 effects: [.recordReveal(caseID: caseID, revealed: true, known: shown.visit)])))]
    }

    /// `a`: evidence of the visit shown, open or ended (photos are often attached back at the
    /// office), or of the case when no visit is shown.
    private func attachEvidence(_ context: DeskContext) -> [Effect] {
        guard let session else { return [.say(.info(context.text(UIText.needCase)))] }
        let target: EvidenceRequest.Target
        if let visit = session.visit {
            target = .visit(visit)
        } else if let caseID = session.loanCase.id {
            target = .loanCase(caseID: caseID)
        } else {
            return []
        }
        return [.present(DialogBox(AttachDialog(target: target, language: context.language)))]
    }

    /// The store logged a reveal (or a hide) of the case's personal data.
    mutating func revealRecorded(caseID: Int64, revealed: Bool) {
        guard session?.loanCase.id == caseID else { return }
        session?.revealed = revealed
    }

    /// Shows a case and its visit, keeping the reveal if it is the same case (a refresh after
    /// another process changed it).
    mutating func show(_ loanCase: LoanCase, visit: VisitState?, _ context: DeskContext) {
        var shown = CaseSession(loanCase: loanCase, visit: visit)
        shown.playbook = visit.flatMap { context.playbooks.playbook(id: $0.playbookID) }
        if session?.loanCase.id == loanCase.id {
            shown.revealed = session?.revealed ?? false
        }
        shown.refreshWarnings(context.rules, now: context.now)
        session = shown
    }

    /// The visit as the store now has it, if it is this case's.
    mutating func visitChanged(_ visit: VisitState, _ context: DeskContext) {
        guard var shown = session, shown.loanCase.id == visit.caseID else { return }
        shown.visit = visit
        shown.refreshWarnings(context.rules, now: context.now)
        session = shown
    }

    mutating func refreshWarnings(_ context: DeskContext) {
        session?.refreshWarnings(context.rules, now: context.now)
    }

    /// The rows the pane wants with `width` columns inside its border: the case details in
    /// full before a visit, the stage strip and every wrapped warning during one.
    func preferredHeight(_ language: Language, width: Int) -> Int {
        guard let session else { return 12 }
        guard session.visit != nil, session.playbook != nil else {
            return 2 + CaseDetailsView.lines(session, language, width: width - 1).count
        }
        return 3 + StageView.lines(session, language, width: width - 1).count
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        StageView(session: session, context: context).render(into: &buffer)
    }
}
