import Foundation
import TUI
import VisitDesk

/// Runs the desk: reads keys, feeds actions through `update`, performs the effects
/// against the store and the system, and draws every new state.
public final class DeskRunner {
    private let store: VisitStore
    private let backend: TerminalBackend
    private let environment: [String: String]
    private(set) var state: AppState
    private var dataVersion: Int?
    /// Time spent performing effects (store writes, files, processes) during the last
    /// dispatch, so a benchmark can tell the desk's own work from the durable write.
    public private(set) var lastEffectDuration: Duration = .zero
    /// How often the clock ticks: draft saving and live refresh both ride on it.
    static let tickInterval: TimeInterval = 0.25

    init(store: VisitStore, backend: TerminalBackend, state: AppState, environment: [String: String]) {
        self.store = store
        self.backend = backend
        self.state = state
        self.environment = environment
        self.state.isReadOnly = store.isReadOnly
        self.dataVersion = try? store.dataVersion()
    }

    /// A desk on `store` drawing to `backend`, with custom playbooks and rules as configured.
    public convenience init(store: VisitStore, backend: TerminalBackend, language: Language, rules: RuleConfig,
                            playbooks: PlaybookLibrary, environment: [String: String], now: Date = Date()) {
        var state = AppState(
            language: language, size: Size(width: backend.size.width, height: backend.size.height), now: now,
            clock: VisitClock(timeZone: rules.timeZone), playbooks: playbooks, rules: RuleEngine(config: rules))
        if let problem = playbooks.problems.first {
            state.message = StatusMessage(text: "\(problem)", isError: true)
        }
        self.init(store: store, backend: backend, state: state, environment: environment)
    }

    /// Loads the first page of cases and draws the first frame.
    public func start() throws {
        try dispatch(.resized(currentSize))
    }

    /// Handles one key as if typed, and draws the next frame.
    public func press(_ key: Key) throws {
        try dispatch(key == .resize ? .resized(currentSize) : .key(key))
    }

    /// The loop: until the user quits, wait for a key at most one tick, then tick.
    public func run() throws {
        try start()
        var lastTick = Date()
        while !state.shouldQuit {
            if let key = backend.readKey(timeoutMilliseconds: Int(Self.tickInterval * 1000)) {
                try press(key)
            }
            if Date().timeIntervalSince(lastTick) >= Self.tickInterval, !state.shouldQuit {
                lastTick = Date()
                try dispatch(.tick(lastTick))
            }
        }
    }

    private var currentSize: Size {
        let size = backend.size
        return Size(width: size.width, height: size.height)
    }

    /// Runs an action and every action its effects produce, then draws once.
    func dispatch(_ action: Action) throws {
        let clock = ContinuousClock()
        lastEffectDuration = .zero
        var pending = [action]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            for effect in update(&state, next) {
                let started = clock.now
                pending += perform(effect)
                lastEffectDuration += clock.now - started
            }
        }
        try backend.draw(DeskRenderer.render(state))
    }

    private func perform(_ effect: Effect) -> [Action] {
        do {
            return try performThrowing(effect)
        } catch {
            return [.failed("\(state.text(UIText.writeFailed)): \(error)")]
        }
    }

    private func performThrowing(_ effect: Effect) throws -> [Action] {
        let now = Date()
        switch effect {
        case .loadCases(let query, let offset, let limit, let counting):
            let filter = query.isEmpty ? nil : query
            return [.casesLoaded(count: counting ? try store.caseCount(matching: filter) : nil, offset: offset,
                                 rows: try store.cases(matching: filter, offset: offset, limit: limit))]
        case .openCase(let id):
            guard let loanCase = try store.loanCase(id: id) else { return [] }
            let visit = try store.openVisit(caseID: id)
            let draft = try visit.flatMap { try store.draft(visitID: $0.id) }
            return [.caseOpened(loanCase, visit: visit, draft: draft)]
        case .refreshCase(let id, let visitID):
            guard let loanCase = try store.loanCase(id: id) else { return [] }
            let visit = try visitID.map { try store.visit(id: $0) } ?? store.openVisit(caseID: id)
            return [.caseOpened(loanCase, visit: visit, draft: nil)]
        case .startVisit(let caseID, let role, let playbookID, let visitors, let location):
            let visit = try store.startVisit(caseID: caseID, role: role, playbookID: playbookID,
                                             visitors: visitors, location: location, at: now)
            guard let loanCase = try store.loanCase(id: caseID) else { return [] }
            return [.caseOpened(loanCase, visit: visit, draft: nil)]
        case .append(let visitID, let kind):
            try store.append(kind, to: visitID, at: now)
            return [.visitChanged(try store.visit(id: visitID))]
        case .saveDraft(let visitID, let text):
            try store.saveDraft(visitID: visitID, text: text)
            return [.draftSaved(text)]
        case .clearDraft(let visitID):
            try store.clearDraft(visitID: visitID)
            return []
        case .recordReveal(let caseID, let revealed):
            try store.recordReveal(caseID: caseID, fields: PersonalField.allCases, revealed: revealed, at: now)
            return try store.openVisit(caseID: caseID).map { [.visitChanged($0)] } ?? []
        case .editNoteExternally:
            return [ExternalEditor(environment: environment).editNote(backend: backend, language: state.language)]
        case .loadHistory(let caseID, let query):
            return [.historyLoaded(try store.visits(caseID: caseID, matching: query.isEmpty ? nil : query, limit: 500))]
        case .openReview(let visitID):
            return [.reviewLoaded(try VisitDocuments(store: store, state: state).review(visitID: visitID))]
        case .loadSummary(let visitID):
            return [.summaryLoaded(try VisitDocuments(store: store, state: state).summary(visitID: visitID))]
        case .writeSummary(let visitID):
            guard let summary = shownSummary(visitID) else { return [] }
            let path = try SummaryFiles(environment: environment).write(summary)
            return [.info(state.text(UIText.summaryWritten) + path)]
        case .printSummary(let visitID):
            guard let summary = shownSummary(visitID) else { return [] }
            return [Printer(environment: environment).print(summary.lines.joined(separator: "\n") + "\n", language: state.language)]
        case .checkForChanges:
            let version = try store.dataVersion()
            defer { dataVersion = version }
            return dataVersion == nil || dataVersion == version ? [] : [.externalChange]
        case .redraw:
            backend.forceFullRedraw()
            return []
        }
    }

    /// The summary on screen: what is written or printed is exactly what the user sees.
    private func shownSummary(_ visitID: Int64) -> SummaryState? {
        guard case .summary(let summary)? = state.screens.last, summary.visitID == visitID else { return nil }
        return summary
    }
}
