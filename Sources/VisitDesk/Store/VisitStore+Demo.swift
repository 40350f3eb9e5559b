import Foundation
import GRDB

extension VisitStore {
    /// Writes the demo cases, their past visits and what happened between them in one
    /// transaction, the story moved so that its "today" (`DemoData.storyDay`) is `today`.
    /// Returns false, writing nothing, when the database already holds a demo case.
    /// The demo's evidence files (`DemoEvidence`) are copied into the evidence folder first;
    /// their records go in with the visits.
    @discardableResult
    public func insertDemoData(today: CalendarDay = CalendarDay.today(in: .current)) throws(StoreError) -> Bool {
        let evidence = try keepDemoEvidence()
        return try write { db in
            let references = DemoData.cases.map(\.reference)
            let present = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM loanCase WHERE reference IN (\(databaseQuestionMarks(count: references.count)))",
                                           arguments: StatementArguments(references)) ?? 0
            guard present == 0 else { return false }
            let stored = try VisitStore.insert(DemoData.cases, db: db)
            let ids = Dictionary(uniqueKeysWithValues: stored.map { ($0.reference, $0.id!) })
            // A case's records go in in time order, its visits among them: what a visit's outcome
            // or an appointment sets (the next action, the obligations) is then what it would be
            // had each been recorded as it happened. Visits keep the order of `DemoData.visits`, so
            // their ids are the same on every run.
            var evidence = evidence
            var caseWork = DemoData.caseWork(forDay: today).enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
            let writer = CaseEventWriter(db: db, paymentRule: paymentRule)
            func record(_ events: [DemoCaseEvent]) throws {
                for event in events {
                    guard let caseID = ids[event.caseReference] else { continue }
                    try writer.append(event.kind, at: event.at, caseID: caseID)
                }
            }
            for visit in DemoData.visits(forDay: today) {
                guard let caseID = ids[visit.caseReference] else { continue }
                try record(caseWork.filter { $0.caseReference == visit.caseReference && $0.at < visit.startedAt })
                caseWork.removeAll { $0.caseReference == visit.caseReference && $0.at < visit.startedAt }
                var script = visit.script(caseID: caseID)
                if let index = evidence.firstIndex(where: { $0.caseReference == visit.caseReference }),
                   let end = script.steps.last?.at {
                    script.steps.append(VisitScript.Step(at: end.addingTimeInterval(300), kind: .evidenceAttached(evidence.remove(at: index).attachment)))
                }
                _ = try VisitStore.importVisits([script], db: db, paymentRule: paymentRule)
            }
            try record(caseWork)
            // Promises that lapsed unpaid before today stand broken, as a payments import would leave them.
            _ = try ObligationBook(db: db, rule: paymentRule).followLapsed(on: today)
            return true
        }
    }

    /// Writes each demo evidence file to a temporary folder and keeps it in the evidence folder.
    private func keepDemoEvidence() throws(StoreError) -> [(caseReference: String, attachment: Attachment)] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try DemoEvidence.all.map { file in
                let url = folder.appendingPathComponent(file.name)
                try file.contents.write(to: url)
                return (file.caseReference, try evidenceFolder.keep(fileAt: url.path, caption: file.caption))
            }
        } catch let error as EvidenceError {
            throw .database(error.explanation.en)
        } catch {
            throw .database(String(describing: error))
        }
    }
}
