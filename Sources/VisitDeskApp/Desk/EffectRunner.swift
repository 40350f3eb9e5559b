import Foundation
import TUI
import VisitDesk

/// Carries out the effects `update` returns — store reads and writes, files, processes,
/// printing — and reports each result as events. It reads nothing of the desk's state: what
/// an effect needs, it carries.
final class EffectRunner {
    private let store: VisitStore
    private let backend: TerminalBackend
    /// The process environment (`$EDITOR`, `$HOME`, `CUPS_SERVER`…).
    private let environment: [String: String]
    private let documents: VisitDocuments
    private let desk: DeskEnvironment
    let background: BackgroundWork<DeskEvent>
    /// The team sync, when a server is configured; it runs apart from `background`, so that
    /// quitting waits for a print job but not for the network (a sync cut off is run again).
    private let sync: BackgroundSync?
    let syncWork: BackgroundWork<DeskEvent>
    private var dataVersion: Int?

    init(store: VisitStore, backend: TerminalBackend, environment: [String: String], documents: VisitDocuments,
         desk: DeskEnvironment, sync: BackgroundSync? = nil) {
        self.store = store
        self.backend = backend
        self.environment = environment
        self.documents = documents
        self.desk = desk
        background = BackgroundWork(wakeup: backend.wakeup)
        self.sync = sync
        syncWork = BackgroundWork(wakeup: backend.wakeup)
        dataVersion = try? store.dataVersion()
    }

    /// The events of one effect; a failure becomes a message in `language`, the UI language
    /// when the effect was asked for.
    func perform(_ effect: Effect, language: Language) -> [DeskEvent] {
        do {
            return try performThrowing(effect, language: language)
        } catch let error as StoreError where error.isBusy {
            return [.failed((effect.writesToStore ? UIText.storeBusy : UIText.storeBusyReading)[language])]
        } catch {
            return [.failed("\(UIText.writeFailed[language]): \(ErrorText.message(for: error, language: language))")]
        }
    }

    /// Why a read for a screen failed, for the screen to show in place of what it would have shown.
    private static func readFailure(_ error: StoreError, language: Language) -> String {
        error.isBusy ? UIText.storeBusyReading[language] : ErrorText.message(for: error, language: language)
    }

    /// The case's records, obligations and next action in effect, for the case shown.
    private func caseRecords(_ caseID: Int64) throws -> [DeskEvent] {
        [.caseRecordsLoaded(caseID: caseID, try store.caseRecords(caseID: caseID), try store.obligations(caseID: caseID),
                            nextAction: try store.nextAction(caseID: caseID)),
         .conflictsLoaded(caseID: caseID, try store.conflicts(caseID: caseID, timeZone: documents.clock.timeZone))]
    }

    private func performThrowing(_ effect: Effect, language: Language) throws -> [DeskEvent] {
        switch effect {
        case .loadCases(let query, let order, let offset, let limit, let counting):
            let filter = query.isEmpty ? nil : query
            return [.casesLoaded(count: counting ? try store.caseCountCapped(matching: filter) : nil, offset: offset,
                                 rows: try store.caseRows(matching: filter, order: order, offset: offset, limit: limit))]
        case .openCase(let id):
            guard let loanCase = try store.loanCase(id: id) else { return [] }
            let visit = try store.openVisit(caseID: id)
            let draft = try visit.flatMap { try store.draft(visitID: $0.id) }
            var events: [DeskEvent] = [.caseOpened(loanCase, visit: visit, draft: draft)]
            if let kept = try store.draftOfEndedVisit(caseID: id) {
                events.append(.endedVisitDraftFound(caseID: id, visitID: kept.visitID, text: kept.text))
            }
            events += try caseRecords(id)
            if let form = try store.formDraft(caseID: id) { events.append(.formDraftFound(caseID: id, form)) }
            return events
        case .refreshCase(let id, let visitID):
            guard let loanCase = try store.loanCase(id: id) else { return [] }
            let visit = try visitID.map { try store.visit(id: $0) } ?? store.openVisit(caseID: id)
            return [.caseOpened(loanCase, visit: visit, draft: nil)] + (try caseRecords(id))
        case .startVisit(let caseID, let role, let playbookID, let visitors, let location):
            let visit = try StoreWrites(store: store).startVisit(caseID: caseID, role: role, playbookID: playbookID,
                                                                visitors: visitors, location: location, at: desk.now())
            guard let loanCase = try store.loanCase(id: caseID) else { return [] }
            return [.visitStarted(loanCase, visit)] + (try caseRecords(caseID))
        case .write(let write):
            let visit = try StoreWrites(store: store).append(write.kind, to: write.visitID, after: write.known,
                                                             playbook: write.playbook, at: desk.now())
            return [.written(write, visit)]
        case .loadCaseFile(let caseID):
            guard let loanCase = try store.loanCase(id: caseID) else { return [] }
            return [.caseFileLoaded(CaseFile(loanCase: loanCase, records: try store.caseRecords(caseID: caseID),
                                             obligations: try store.obligations(caseID: caseID)))]
        case .recordOnCase(let write):
            try StoreWrites(store: store).record(write.kind, caseID: write.caseID, knownEventCount: write.knownEventCount, at: desk.now())
            return [.caseWritten(write)]
        case .attachEvidence(let request):
            return try attach(request, language: language)
        case .saveDraft(let visitID, let text):
            do {
                try store.saveDraft(visitID: visitID, text: text)
                return [.draftSaved(text)]
            } catch {
                // Busy: the note is still on screen and the next tick tries again.
                guard error.isBusy else { throw error }
                return [.info(UIText.draftWaiting[language])]
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
        case .recordReveal(let caseID, let revealed, let known):
            let visit = try store.recordReveal(caseID: caseID, fields: PersonalField.allCases, revealed: revealed, at: desk.now(), after: known)
            return [.revealRecorded(caseID: caseID, revealed: revealed)] + (visit.map { [.visitChanged($0)] } ?? [])
        case .editNoteExternally(let language):
            switch ExternalEditor(environment: environment).editNote(backend: backend, language: language) {
            case .success(let text): return [.noteFromEditor(text)]
            case .failure(let failure): return [.failed(failure.message)]
            }
        case .loadHistory(let caseID, let query):
            let visits: DeskEvent = .historyLoaded(try store.visits(caseID: caseID, matching: query.isEmpty ? nil : query, limit: 500))
            guard let caseID else { return [visits] }
            return [visits, .historyRecordsLoaded(caseID: caseID, try store.caseRecordLog(caseID: caseID))]
        case .loadWorklist(let day):
            do {
                return [.worklistLoaded(try store.worklist(on: day))]
            } catch {
                return [.worklistFailed(day: day, Self.readFailure(error, language: language))]
            }
        case .loadDayReport(let day):
            do {
                return [.dayReportLoaded(try store.dayReport(on: day, agent: nil, timeZone: documents.clock.timeZone, playbooks: documents.playbooks,
                                                             rules: RuleEngine(config: documents.rules), now: desk.now()))]
            } catch {
                return [.dayReportFailed(day: day, Self.readFailure(error, language: language))]
            }
        case .openReview(let visitID, let language):
            let review = try documents.review(visitID: visitID, language: language)
            return [.reviewLoaded(visitID: visitID, heading: review.heading, lines: review.lines)]
        case .loadSummary(let visitID, let language):
            return [.summaryLoaded(try documents.summary(visitID: visitID, language: language, now: desk.now()))]
        case .writeSummary(let summary):
            let paths = try SummaryFiles(environment: environment).write(summary, pdf: try PrintableRecord(shown: summary).pdf())
            return [.info(UIText.summaryWritten[language] + SummaryFiles.shortList(paths, home: environment["HOME"]))]
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
        case .submitPrint(let record, let printer, let copies):
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
            let status: [DeskEvent] = sync == nil ? [] : [.syncStatusRead(try store.syncStatus())]
            return (dataVersion == nil || dataVersion == version ? [] : [.externalChange]) + status
        case .syncInBackground:
            // One sync at a time: the desk asks only when none runs; this guards a result not yet taken in.
            guard let sync, syncWork.isIdle else { return [] }
            syncWork.start {
                sync.job()
                return .syncFinished
            }
            return []
        case .redraw:
            backend.forceFullRedraw()
            return []
        case .suspendProcess:
            backend.suspendProcess()
            return []
        case .present, .dismiss, .show, .back, .focus, .beginNote, .say, .quit:
            // Carried out by the desk itself (`DeskState.carryOut`), never sent here.
            return []
        }
    }

    /// Keeps a file as evidence of a visit or a case. A file the store cannot keep comes back
    /// to the attach dialog (`evidenceRefused`); a refused record, as any failed write.
    private func attach(_ request: EvidenceRequest, language: Language) throws -> [DeskEvent] {
        var path = request.path
        if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty { path = home + path.dropFirst() }
        do {
            switch request.target {
            case .visit(let known):
                let kept = try store.attachEvidence(fileAt: path, caption: request.caption, toVisit: known.id, at: desk.now(), after: known)
                return [.evidenceKept(kept.attachment, visit: kept.visit, caseID: known.caseID)]
            case .loanCase(let caseID):
                let event = try store.attachEvidence(fileAt: path, caption: request.caption, caseID: caseID, at: desk.now())
                guard case .evidenceAttached(let attachment) = event.kind else { return [] }
                return [.evidenceKept(attachment, visit: nil, caseID: caseID)] + (try caseRecords(caseID))
            }
        } catch let error as EvidenceError {
            return [.evidenceRefused(error.explanation[language])]
        }
    }
}
