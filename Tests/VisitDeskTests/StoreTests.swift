import Foundation
import GRDB
import Testing
@testable import VisitDesk

@Suite struct StoreTests {
    @Test func databaseIsWALWithFullSyncAndForeignKeys() throws {
        let fixture = try StoreFixture()
        let (journal, sync, foreignKeys, busy) = try fixture.store.pool.write { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"),
             try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"), try Int.fetchOne(db, sql: "PRAGMA busy_timeout"))
        }
        #expect(journal == "wal")
        #expect(sync == 2)
        #expect(foreignKeys == true)
        #expect((busy ?? 0) >= 1_000)
    }

    @Test func onlyTheOwnerCanReadTheFiles() throws {
        let fixture = try StoreFixture()
        try fixture.insertCases()
        let manager = FileManager.default
        func mode(_ path: String) throws -> Int {
            (try manager.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
        }
        #expect(try mode(fixture.directory.appendingPathComponent("data").path) == 0o700)
        for suffix in ["", "-wal", "-shm"] where manager.fileExists(atPath: fixture.path + suffix) {
            #expect(try mode(fixture.path + suffix) == 0o600, "\(suffix)")
        }
    }

    @Test func aDatabaseFromANewerSchemaIsRefused() throws {
        let fixture = try StoreFixture()
        try fixture.store.pool.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v9-from-the-future')")
        }
        #expect(throws: StoreError.newerSchema(path: fixture.path, unknownMigrations: ["v9-from-the-future"])) {
            try VisitStore(path: fixture.path)
        }
        let message = StoreError.newerSchema(path: fixture.path, unknownMigrations: ["v9-from-the-future"]).description
        #expect(message.contains("newer VisitDesk") && message.contains("v9-from-the-future"))
    }

    @Test func aHigherUserVersionIsRefusedToo() throws {
        let fixture = try StoreFixture()
        try fixture.store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA user_version = \(VisitStore.schemaVersion + 1)")
        }
        #expect(throws: StoreError.self) { try VisitStore(path: fixture.path) }
    }

    @Test func reopeningKeepsEverything() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        try fixture.store.append(.noteAdded(noteID: "n2", text: "saved"), to: visit.id, at: StoreFixture.start)
        let reopened = try VisitStore(path: fixture.path)
        #expect(try reopened.caseCount(matching: nil) == 4)
        #expect(try reopened.visit(id: visit.id).note("n2")?.text == "saved")
    }

    @Test func defaultPathFollowsTheEnvironment() {
        #expect(VisitStore.defaultPath(environment: ["VISITDESK_DB": "/x/y.sqlite", "HOME": "/home/a"]) == "/x/y.sqlite")
        #expect(VisitStore.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"]) == "/data/visitdesk/visitdesk.sqlite")
        #expect(VisitStore.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/visitdesk/visitdesk.sqlite")
        #expect(VisitStore.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/a"])
            == "/home/a/.local/share/visitdesk/visitdesk.sqlite")
    }

    @Test func casesRoundTripWithIDs() throws {
        let fixture = try StoreFixture()
        let stored = try fixture.insertCases()
        #expect(stored.allSatisfy { $0.id != nil })
        let back = try #require(try fixture.store.loanCase(reference: "JB-2025-0207"))
        #expect(back == stored[1])
        #expect(try fixture.store.loanCase(id: stored[2].id!) == stored[2])
        #expect(try fixture.store.loanCase(reference: "nope") == nil)
    }

    @Test func importingCasesIsAllOrNothing() throws {
        let fixture = try StoreFixture()
        try fixture.insertCases()
        var fresh = StoreFixture.cases[0]
        fresh.reference = "NEW-1"
        #expect(throws: StoreError.duplicateReference("HB-2025-0241")) {
            try fixture.store.insertCases([fresh, StoreFixture.cases[2]])
        }
        #expect(throws: StoreError.duplicateReference("NEW-1")) { try fixture.store.insertCases([fresh, fresh]) }
        #expect(try fixture.store.caseCount(matching: nil) == 4)
        #expect(try fixture.store.loanCase(reference: "NEW-1") == nil)
        #expect(try fixture.store.caseCount(matching: "NEW") == 0)
    }

    @Test func caseListIsOrderedByDaysOverdueThenIDAndPagesInThatOrder() throws {
        let fixture = try StoreFixture()
        var many: [LoanCase] = []
        for index in 0..<120 {
            many.append(LoanCase(reference: "R-\(index)", debtorName: "人\(index)", phone: "1380000\(1000 + index)",
                                 idNumber: "", address: "", product: "花呗", outstanding: Money(yuan: 100), daysOverdue: index % 7))
        }
        try fixture.store.insertCases(many)
        let all = try fixture.store.cases(matching: nil, offset: 0, limit: 1_000)
        #expect(all.count == 120)
        #expect(zip(all, all.dropFirst()).allSatisfy { a, b in a.daysOverdue > b.daysOverdue || (a.daysOverdue == b.daysOverdue && a.id! < b.id!) })
        var paged: [LoanCase] = []
        for offset in stride(from: 0, to: 150, by: 50) {
            paged += try fixture.store.cases(matching: nil, offset: offset, limit: 50)
        }
        #expect(paged == all)
        #expect(try fixture.store.cases(matching: nil, offset: 50, limit: 50) == Array(all[50..<100]))
    }

    @Test func startingAVisitWritesTheStartedEvent() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[1].id!)
        #expect(visit.caseID == cases[1].id && visit.visitors == StoreFixture.visitors && visit.location == "家中")
        #expect(visit.events.count == 1 && visit.headHash.count == 64)
        #expect(try fixture.store.openVisit(caseID: cases[1].id!) == visit)
        #expect(try fixture.store.openVisit(caseID: cases[0].id!) == nil)
    }

    @Test func aCaseHasAtMostOneOpenVisit() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        #expect(throws: StoreError.visitAlreadyOpen(caseID: cases[0].id!, visitID: visit.id)) {
            try fixture.startVisit(caseID: cases[0].id!)
        }
        try fixture.store.append(.ended(reason: .completed), to: visit.id, at: StoreFixture.start.addingTimeInterval(60))
        #expect(try fixture.startVisit(caseID: cases[0].id!).id != visit.id)
        #expect(throws: StoreError.caseNotFound(id: 999)) { try fixture.startVisit(caseID: 999) }
    }

    @Test func appendedEventsFoldToTheSameStateAsApplied() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        var state = try fixture.startVisit(caseID: cases[0].id!)
        let kinds: [VisitEventKind] = [
            .stageEntered(stageID: "notice"), .itemMarked(itemID: "notice.sent", mark: .done),
            .noteAdded(noteID: "n4", text: "债务人称本月工资延迟发放"), .undone(sequence: 4),
            .outcomeRecorded(.promiseToPay(date: CalendarDay(year: 2026, month: 2, day: 1), amount: Money(yuan: 500), method: .bankTransfer)),
        ]
        for (offset, kind) in kinds.enumerated() {
            let event = try fixture.store.append(kind, to: state.id, at: StoreFixture.start.addingTimeInterval(Double(offset + 1) * 60.0005))
            #expect(event.sequence == offset + 2)
            state.apply(event)
        }
        #expect(try fixture.store.visit(id: state.id) == state)
        #expect(try fixture.store.events(visitID: state.id) == state.events)
        #expect(state.notes.isEmpty)
    }

    @Test func aVisitEndedByAskedToLeaveTakesNoMoreNotes() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        try fixture.store.append(.ended(reason: .askedToLeave), to: visit.id, at: StoreFixture.start)
        #expect(throws: StoreError.visitLocked(visitID: visit.id)) {
            try fixture.store.append(.noteAdded(noteID: "n3", text: "late"), to: visit.id, at: StoreFixture.start)
        }
        #expect(try fixture.store.visit(id: visit.id).isLocked)
        #expect(throws: StoreError.visitNotFound(id: 42)) { try fixture.store.append(.personalDataHidden, to: 42, at: Date()) }
        let other = try fixture.startVisit(caseID: cases[1].id!)
        #expect(throws: StoreError.startedTwice(visitID: other.id)) {
            try fixture.store.append(.started(role: .agent, playbookID: "agent", visitors: [], location: ""), to: other.id, at: Date())
        }
    }

    @Test func onlyTheLastUndoableChangeCanBeUndone() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        try fixture.store.append(.itemMarked(itemID: "a", mark: .done), to: visit.id, at: StoreFixture.start)
        try fixture.store.append(.itemMarked(itemID: "b", mark: .done), to: visit.id, at: StoreFixture.start)
        #expect(throws: StoreError.notUndoable(visitID: visit.id, sequence: 2, lastUndoable: 3)) {
            try fixture.store.append(.undone(sequence: 2), to: visit.id, at: StoreFixture.start)
        }
        try fixture.store.append(.undone(sequence: 3), to: visit.id, at: StoreFixture.start)
        try fixture.store.append(.undone(sequence: 2), to: visit.id, at: StoreFixture.start)
        #expect(throws: StoreError.notUndoable(visitID: visit.id, sequence: 1, lastUndoable: nil)) {
            try fixture.store.append(.undone(sequence: 1), to: visit.id, at: StoreFixture.start)
        }
    }

    @Test func outcomesMoveTheCaseStatusAndUndoMovesItBack() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let caseID = cases[0].id!
        let visit = try fixture.startVisit(caseID: caseID)
        func status() throws -> CaseStatus? { try fixture.store.loanCase(id: caseID)?.status }
        let day = CalendarDay(year: 2026, month: 2, day: 1)
        let plan = try RepaymentPlan.make(total: Money(yuan: 600), instalmentCount: 3, frequency: .monthly, firstDue: day, method: .bankTransfer)
        try fixture.store.append(.outcomeRecorded(.promiseToPay(date: day, amount: Money(yuan: 1), method: .other(description: ""))), to: visit.id, at: StoreFixture.start)
        #expect(try status() == .promised)
        try fixture.store.append(.outcomeRecorded(.planAgreed(plan)), to: visit.id, at: StoreFixture.start)
        #expect(try status() == .planAgreed)
        try fixture.store.append(.outcomeRecorded(.paidInFull(amount: Money(yuan: 600), method: .cashWithReceipt)), to: visit.id, at: StoreFixture.start)
        #expect(try status() == .settled)
        try fixture.store.append(.undone(sequence: 4), to: visit.id, at: StoreFixture.start)
        #expect(try status() == .planAgreed)
        try fixture.store.append(.outcomeRecorded(.refusedToPay(reason: "")), to: visit.id, at: StoreFixture.start)
        #expect(try status() == .open)
        #expect(try fixture.store.visits(caseID: caseID, limit: 10).first?.outcomeCode == .refusedToPay)
    }

    @Test func visitHistoryListsNewestFirstWithCaseAndDuration() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let first = try fixture.startVisit(caseID: cases[0].id!)
        try fixture.store.append(.outcomeRecorded(.noContact), to: first.id, at: StoreFixture.start.addingTimeInterval(60))
        try fixture.store.append(.ended(reason: .noContact), to: first.id, at: StoreFixture.start.addingTimeInterval(600))
        let second = try fixture.store.startVisit(caseID: cases[1].id!, role: .debtor, playbookID: "debtor", visitors: [],
                                                  location: "", at: StoreFixture.start.addingTimeInterval(3_600))
        let rows = try fixture.store.visits(limit: 10)
        #expect(rows.map(\.id) == [second.id, first.id])
        #expect(rows[1].caseReference == "HB-2025-0113" && rows[1].debtorName == "张伟")
        #expect(rows[1].outcomeCode == .noContact && rows[1].endReason == .noContact && rows[1].duration == 600)
        #expect(rows[0].role == .debtor && rows[0].duration == nil && rows[0].outcomeCode == nil)
        #expect(try fixture.store.visits(caseID: cases[1].id!, limit: 10).map(\.id) == [second.id])
        #expect(try fixture.store.visits(matching: "张伟", limit: 10).map(\.id) == [first.id])
        #expect(try fixture.store.visits(limit: 1).count == 1)
    }

    @Test func draftsAreKeptUntilCleared() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        #expect(try fixture.store.draft(visitID: visit.id) == nil)
        try fixture.store.saveDraft(visitID: visit.id, text: "债务人")
        try fixture.store.saveDraft(visitID: visit.id, text: "债务人称")
        #expect(try VisitStore(path: fixture.path).draft(visitID: visit.id) == "债务人称")
        try fixture.store.clearDraft(visitID: visit.id)
        #expect(try fixture.store.draft(visitID: visit.id) == nil)
        #expect(throws: StoreError.visitNotFound(id: 99)) { try fixture.store.saveDraft(visitID: 99, text: "") }
    }

    @Test func revealsAreLoggedInTheOpenVisitOrTheAccessLog() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let outside = try fixture.store.recordReveal(caseID: cases[1].id!, fields: [.phone, .idNumber], revealed: true, at: StoreFixture.start)
        #expect(outside == nil)
        try fixture.store.recordReveal(caseID: cases[1].id!, fields: [], revealed: false, at: StoreFixture.start.addingTimeInterval(5))
        let log = try fixture.store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT fields, revealed FROM caseAccess WHERE caseID = ? ORDER BY at, id", arguments: [cases[1].id!])
        }
        #expect(log.map { $0["revealed"] as Bool } == [true, false])
        #expect(log.first?["fields"] as String? == "phone,idNumber")

        let visit = try fixture.startVisit(caseID: cases[0].id!)
        let open = try fixture.store.recordReveal(caseID: cases[0].id!, fields: [.phone], revealed: true, at: StoreFixture.start)
        #expect(open?.id == visit.id && open?.events.last?.kind == .personalDataRevealed(fields: [.phone]))
        #expect(try fixture.store.visit(id: visit.id).revealed == [.phone])
        #expect(try fixture.store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM caseAccess WHERE caseID = ?", arguments: [cases[0].id!])
        } == 0)
    }

    @Test func dataVersionChangesWhenAnotherConnectionCommits() throws {
        let fixture = try StoreFixture()
        let other = try VisitStore(path: fixture.path)
        let before = try fixture.store.dataVersion()
        #expect(try fixture.store.dataVersion() == before)
        try other.insertCases([StoreFixture.cases[0]])
        #expect(try fixture.store.dataVersion() != before)
        let own = try fixture.store.dataVersion()
        try fixture.store.insertCases([StoreFixture.cases[1]])
        #expect(try fixture.store.dataVersion() != own)
    }

    @Test func importedVisitsMatchAppendedOnes() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let steps: [VisitScript.Step] = [
            .init(at: StoreFixture.start, kind: .started(role: .agent, playbookID: "agent", visitors: StoreFixture.visitors, location: "家中")),
            .init(at: StoreFixture.start.addingTimeInterval(60), kind: .itemMarked(itemID: "a", mark: .done)),
            .init(at: StoreFixture.start.addingTimeInterval(90), kind: .undone(sequence: 2)),
            .init(at: StoreFixture.start.addingTimeInterval(120), kind: .outcomeRecorded(.paidInFull(amount: Money(yuan: 1), method: .other(description: "")))),
            .init(at: StoreFixture.start.addingTimeInterval(180), kind: .ended(reason: .completed)),
        ]
        let ids = try fixture.store.importVisits([VisitScript(caseID: cases[0].id!, steps: steps)])
        let imported = try fixture.store.visit(id: ids[0])
        let live = try fixture.startVisit(caseID: cases[1].id!)
        for step in steps.dropFirst() { try fixture.store.append(step.kind, to: live.id, at: step.at) }
        let appended = try fixture.store.visit(id: live.id)
        #expect(imported.events.dropFirst().map(\.kind) == appended.events.dropFirst().map(\.kind))
        for (visit, loanCase) in [(imported, cases[0]), (appended, cases[1])] {
            guard case .started(_, _, _, _, let binding) = visit.events[0].kind else { Issue.record("\(visit.events[0])"); continue }
            #expect(binding?.reference == loanCase.reference, "each visit is bound to its own case")
        }
        #expect(imported.isEnded && imported.outcome?.outcome.code == .paidInFull)
        #expect(try fixture.store.loanCase(id: cases[0].id!)?.status == .settled)
        #expect(try fixture.store.verify().isEmpty)
        #expect(throws: StoreError.scriptDoesNotStart(caseID: cases[2].id!)) {
            try fixture.store.importVisits([VisitScript(caseID: cases[2].id!, steps: Array(steps.dropFirst()))])
        }
        #expect(throws: StoreError.notUndoable(visitID: ids[0] + 2, sequence: 5, lastUndoable: nil)) {
            try fixture.store.importVisits([VisitScript(caseID: cases[2].id!, steps: Array(steps.prefix(1)) + [.init(at: StoreFixture.start, kind: .undone(sequence: 5))])])
        }
        #expect(try fixture.store.visits(caseID: cases[2].id!).isEmpty)
    }
}

@Suite struct StoreDemoTests {
    @Test func demoDataIsWrittenOnceAndVerifies() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.insertDemoData())
        let statistics = try fixture.store.statistics()
        #expect(statistics.caseCount == DemoData.cases.count && statistics.visitCount == DemoData.visits.count)
        #expect(statistics.openVisitCount == 0 && statistics.eventCount > statistics.visitCount * 5)
        #expect(try fixture.store.insertDemoData() == false)
        #expect(try fixture.store.statistics() == statistics)
        #expect(try fixture.store.verify().isEmpty)
    }
}
