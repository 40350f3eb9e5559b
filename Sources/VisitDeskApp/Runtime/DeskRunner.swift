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
    private let background = BackgroundWork()
    /// Time spent performing effects (store writes, files, processes) during the last
    /// dispatch, so a benchmark can tell the desk's own work from the durable write.
    public private(set) var lastEffectDuration: Duration = .zero
    /// How often the clock ticks: draft saving and live refresh both ride on it.
    static let tickInterval: TimeInterval = 0.25
    /// How long a write waits for another program's write lock (an import) before the
    /// desk says the database is busy: short, so that keys keep being answered.
    static let writeWait: TimeInterval = 0.2
    /// Keys already waiting (a paste) are taken in for at most this long before a frame
    /// is drawn, so that a long paste costs one frame, not one per character.
    static let inputBatch: Duration = .milliseconds(50)

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
            state.message = StatusMessage(text: problem.message[language], isError: true)
        }
        try? store.limitWriteWait(to: Self.writeWait)
        self.init(store: store, backend: backend, state: state, environment: environment)
    }

    /// Loads the first page of cases and draws the first frame.
    public func start() throws {
        try dispatch(.resized(currentSize))
    }

    /// Handles one key as if typed, and draws the next frame.
    public func press(_ key: Key) throws {
        try press([key])
    }

    /// Handles keys that arrived together (a paste) one after the other, and draws one
    /// frame after the last.
    public func press(_ keys: [Key]) throws {
        for key in keys where !state.shouldQuit {
            apply(key == .resize ? .resized(currentSize) : .key(key))
        }
        try draw()
    }

    /// The loop: until the user quits, wait for a key at most one tick, take in every key
    /// already waiting, then tick. Returns the signal that ended the desk, if one did: what
    /// was being typed is saved by then, and the caller exits with 128 + that signal.
    public func run() throws -> Int32? {
        try start()
        var lastTick = Date()
        let clock = ContinuousClock()
        while !state.shouldQuit {
            if let signal = backend.takeTerminationSignal() {
                terminate(signal)
                return signal
            }
            if let key = backend.readKey(timeoutMilliseconds: Int(Self.tickInterval * 1000)) {
                var keys = [key]
                let deadline = clock.now + Self.inputBatch
                while clock.now < deadline, let next = backend.readKey(timeoutMilliseconds: 0) {
                    keys.append(next)
                }
                try press(keys)
            }
            try takeBackgroundResults()
            if Date().timeIntervalSince(lastTick) >= Self.tickInterval, !state.shouldQuit {
                lastTick = Date()
                try dispatch(.tick(lastTick))
            }
        }
        if !background.isIdle {
            // A record being handed to CUPS is let finish: the job is not cut off, and its
            // private temporary PDF is removed.
            state.message = StatusMessage(text: state.text(PrintText.finishingPrint), isError: false)
            try draw()
            _ = try finishBackgroundWork(timeout: .seconds(15))
        }
        return nil
    }

    /// Takes in the keys typed before the signal arrived, then keeps the note and the
    /// open form in the store. Nothing is drawn: the terminal may be gone (SIGHUP).
    private func terminate(_ signal: Int32) {
        while !state.shouldQuit, let key = backend.readKey(timeoutMilliseconds: 0) {
            apply(key == .resize ? .resized(currentSize) : .key(key))
        }
        apply(.terminate(signal: signal))
    }

    /// Feeds what background work (printing) finished into the state, and draws if anything did.
    func takeBackgroundResults() throws {
        let results = background.takeFinished()
        guard !results.isEmpty else { return }
        for action in results where !state.shouldQuit { apply(action) }
        try draw()
    }

    /// Waits until background work is done and its results are taken in; false after `timeout`.
    /// The run loop never waits like this: it is for callers that drive the desk key by key.
    func finishBackgroundWork(timeout: Duration = .seconds(30)) throws -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while !background.isIdle {
            try takeBackgroundResults()
            if clock.now > deadline { return false }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return true
    }

    private var currentSize: Size {
        let size = backend.size
        return Size(width: size.width, height: size.height)
    }

    /// Runs an action and every action its effects produce, then draws once.
    func dispatch(_ action: Action) throws {
        apply(action)
        try draw()
    }

    /// Runs an action and every action its effects produce.
    private func apply(_ action: Action) {
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
    }

    private func draw() throws {
        try backend.draw(DeskRenderer.render(state))
    }

    private func perform(_ effect: Effect) -> [Action] {
        do {
            return try performThrowing(effect)
        } catch let error as StoreError where error.isBusy {
            return [.failed(state.text(effect.writesToStore ? UIText.storeBusy : UIText.storeBusyReading))]
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
            var actions: [Action] = [.caseOpened(loanCase, visit: visit, draft: draft)]
            if let kept = try store.draftOfEndedVisit(caseID: id) {
                actions.append(.endedVisitDraftFound(caseID: id, visitID: kept.visitID, text: kept.text))
            }
            if let form = try store.formDraft(caseID: id) { actions.append(.formDraftFound(caseID: id, form)) }
            return actions
        case .refreshCase(let id, let visitID):
            guard let loanCase = try store.loanCase(id: id) else { return [] }
            let visit = try visitID.map { try store.visit(id: $0) } ?? store.openVisit(caseID: id)
            return [.caseOpened(loanCase, visit: visit, draft: nil)]
        case .startVisit(let caseID, let role, let playbookID, let visitors, let location):
            let visit = try StoreWrites(store: store).startVisit(caseID: caseID, role: role, playbookID: playbookID,
                                                                visitors: visitors, location: location, at: now)
            guard let loanCase = try store.loanCase(id: caseID) else { return [] }
            return [.visitStarted(loanCase, visit)]
        case .append(let visitID, let kind):
            let known = state.openCase?.visit.flatMap { $0.id == visitID ? $0.events.count : nil }
            try StoreWrites(store: store).append(kind, to: visitID, knownEventCount: known, at: now)
            // The event is in the store: it is reported as saved even if reading the visit
            // back fails, and the screen then catches up on the next refresh.
            guard let visit = try? store.visit(id: visitID) else {
                return [.appended(visitID: visitID, kind), .info(state.text(UIText.savedScreenCatchingUp))]
            }
            return [.visitChanged(visit), .appended(visitID: visitID, kind)]
        case .saveDraft(let visitID, let text):
            do {
                try store.saveDraft(visitID: visitID, text: text)
                return [.draftSaved(text)]
            } catch {
                // Busy: the note is still on screen and the next tick tries again.
                guard error.isBusy else { throw error }
                return [.info(state.text(UIText.draftWaiting))]
            }
        case .clearDraft(let visitID):
            try store.clearDraft(visitID: visitID)
            return []
        case .saveFormDraft(let caseID, let form):
            try store.saveFormDraft(caseID: caseID, form: form)
            return []
        case .clearFormDraft(let caseID):
            try store.clearFormDraft(caseID: caseID)
            return []
        case .suspendProcess:
            backend.suspendProcess()
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
            let paths = try SummaryFiles(environment: environment).write(summary, pdf: try PrintableRecord(shown: summary).pdf())
            return [.info(state.text(UIText.summaryWritten) + SummaryFiles.shortList(paths, home: environment["HOME"]))]
        case .findPrinters(let visitID):
            let service = PrintService(environment: environment)
            background.start {
                do throws(PrintError) {
                    return .printersFound(visitID: visitID, try service.printers())
                } catch {
                    return .printFinished(.failure(error))
                }
            }
            return []
        case .submitPrint(let visitID, let printer, let copies):
            guard let summary = shownSummary(visitID) else { return [.printFinished(.failure(.cannotSubmit(reason: "the summary is no longer shown")))] }
            let record = PrintableRecord(shown: summary)
            let service = PrintService(environment: environment)
            background.start {
                .printFinished(Result { () throws(PrintError) in
                    try service.submit(pdf: try record.pdf(), to: printer, copies: copies, media: record.paper.media, title: record.title)
                })
            }
            return []
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
