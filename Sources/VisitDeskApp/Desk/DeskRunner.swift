import Foundation
import TUI
import VisitDesk

/// Runs the desk: reads keys, feeds events through `update`, hands the effects to the
/// effect runner, and draws every new state.
public final class DeskRunner {
    private let backend: TerminalBackend
    let effects: EffectRunner
    private let env: DeskEnvironment
    private(set) var state: DeskState
    /// Time spent performing effects (store writes, files, processes) during the last
    /// dispatch, so a benchmark can tell the desk's own work from the durable write.
    public private(set) var lastEffectDuration: Duration = .zero
    /// How often an idle desk ticks: it looks for other programs' changes to the store
    /// (`PRAGMA data_version`) and moves its clock on.
    static let changeCheckInterval: Duration = .seconds(1)
    /// How long after the last key a note being typed is saved as a draft.
    static let draftDelay: Duration = .milliseconds(250)
    /// How long a write waits for another program's write lock (an import) before the
    /// desk says the database is busy: short, so that keys keep being answered.
    static let writeWait: TimeInterval = 0.2
    /// Keys already waiting (a paste) are taken in for at most this long before a frame
    /// is drawn, so that a long paste costs one frame, not one per character.
    static let inputBatch: Duration = .milliseconds(50)

    private var background: BackgroundWork<DeskEvent> { effects.background }

    init(store: VisitStore, backend: TerminalBackend, state: DeskState, environment: [String: String],
         env: DeskEnvironment = .live, sync: BackgroundSync? = nil) {
        self.backend = backend
        self.state = state
        self.env = env
        self.state.isReadOnly = store.isReadOnly
        if sync != nil { self.state.sync = SyncIndicator() }
        let documents = VisitDocuments(store: store, playbooks: state.playbooks, rules: state.rules.config, clock: state.clock)
        effects = EffectRunner(store: store, backend: backend, environment: environment, documents: documents, desk: env, sync: sync)
    }

    /// A desk on `store` drawing to `backend`, with custom playbooks and rules as configured.
    public convenience init(store: VisitStore, backend: TerminalBackend, language: Language, rules: RuleConfig,
                            playbooks: PlaybookLibrary, environment: [String: String], now: Date = Date()) {
        self.init(store: store, backend: backend, language: language, rules: rules, playbooks: playbooks,
                  environment: environment, env: .live, now: now)
    }

    /// A desk that also syncs with the team's server in the background (`sync`).
    convenience init(store: VisitStore, backend: TerminalBackend, language: Language, rules: RuleConfig,
                     playbooks: PlaybookLibrary, environment: [String: String], sync: BackgroundSync?) {
        self.init(store: store, backend: backend, language: language, rules: rules, playbooks: playbooks,
                  environment: environment, env: .live, now: Date(), sync: sync)
    }

    /// A desk with its clock and ids from `env` (tests pass fixed ones).
    convenience init(store: VisitStore, backend: TerminalBackend, language: Language, rules: RuleConfig,
                     playbooks: PlaybookLibrary, environment: [String: String], env: DeskEnvironment, now: Date,
                     sync: BackgroundSync? = nil) {
        var state = DeskState(
            language: language, size: Size(width: backend.size.width, height: backend.size.height), now: now,
            clock: VisitClock(timeZone: rules.timeZone), playbooks: playbooks, rules: RuleEngine(config: rules))
        if let problem = playbooks.problems.first {
            state.message = .error(problem.message[language])
        }
        try? store.limitWriteWait(to: Self.writeWait)
        self.init(store: store, backend: backend, state: state, environment: environment, env: env, sync: sync)
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

    /// The loop: until the user quits, sleep until a key, a signal, background work finishing
    /// or the next deadline; take in every key already waiting; then tick if a deadline came:
    /// once a second, and `draftDelay` after the last key while a note has unsaved text (the
    /// tick saves it). Returns the signal that ended the desk, if one did: what was being
    /// typed is saved by then, and the caller exits with 128 + that signal.
    public func run() throws -> Int32? {
        try start()
        let clock = ContinuousClock()
        var nextCheck = clock.now + Self.changeCheckInterval
        var draftDue: ContinuousClock.Instant?
        while !state.shouldQuit {
            if let signal = backend.takeTerminationSignal() {
                terminate(signal)
                return signal
            }
            let wait = min(nextCheck, draftDue ?? nextCheck) - clock.now
            if let key = backend.readKey(timeoutMilliseconds: Self.milliseconds(roundingUp: wait)) {
                var keys = [key]
                let deadline = clock.now + Self.inputBatch
                while clock.now < deadline, let next = backend.readKey(timeoutMilliseconds: 0) {
                    keys.append(next)
                }
                try press(keys)
                draftDue = hasUnsavedNote ? clock.now + Self.draftDelay : nil
            }
            try takeBackgroundResults()
            let now = clock.now
            if !state.shouldQuit, now >= nextCheck || draftDue.map({ now >= $0 }) == true {
                // A draft that could not be saved (the store busy) is tried again next second.
                draftDue = nil
                nextCheck = now + Self.changeCheckInterval
                try dispatch(.tick(env.now()))
            }
        }
        if !background.isIdle {
            // A record being handed to CUPS is let finish: the job is not cut off, and its
            // private temporary PDF is removed.
            state.message = .info(state.text(PrintText.finishingPrint))
            try draw()
            _ = try finishBackgroundWork(timeout: .seconds(15), includingSync: false)
        }
        return nil
    }

    /// Whether a note is being typed whose text is not yet saved as its draft.
    private var hasUnsavedNote: Bool {
        state.notes.unsavedDraft(visitID: state.session?.visit?.id) != nil
    }

    /// Whole milliseconds covering `duration` (0 when it is past), so that a wait never ends
    /// just before its deadline and spins.
    private static func milliseconds(roundingUp duration: Duration) -> Int {
        guard duration > .zero else { return 0 }
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int((attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }

    /// Takes in the keys typed before the signal arrived, then keeps the note and the
    /// open form in the store. Nothing is drawn: the terminal may be gone (SIGHUP).
    private func terminate(_ signal: Int32) {
        while !state.shouldQuit, let key = backend.readKey(timeoutMilliseconds: 0) {
            apply(key == .resize ? .resized(currentSize) : .key(key))
        }
        apply(.terminate(signal: signal))
    }

    /// Feeds what background work (printing, the team sync) finished into the state, and draws if anything did.
    func takeBackgroundResults() throws {
        let results = background.takeFinished() + effects.syncWork.takeFinished()
        guard !results.isEmpty else { return }
        for event in results where !state.shouldQuit { apply(event) }
        try draw()
    }

    /// Waits until background work (and the sync, unless `includingSync` is false) is done and its
    /// results are taken in; false after `timeout`. The run loop waits like this only for a print
    /// job when the desk quits: it is for callers that drive the desk key by key.
    func finishBackgroundWork(timeout: Duration = .seconds(30), includingSync: Bool = true) throws -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while !background.isIdle || (includingSync && !effects.syncWork.isIdle) {
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

    /// Runs an event and every event its effects produce, then draws once.
    func dispatch(_ event: DeskEvent) throws {
        apply(event)
        try draw()
    }

    /// Runs an event and every event its effects produce.
    private func apply(_ event: DeskEvent) {
        let clock = ContinuousClock()
        lastEffectDuration = .zero
        var pending = [event]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            for effect in update(&state, next, env) {
                let started = clock.now
                pending += effects.perform(effect, language: state.language)
                lastEffectDuration += clock.now - started
            }
        }
    }

    private func draw() throws {
        try backend.draw(DeskRenderer.render(state))
    }
}
