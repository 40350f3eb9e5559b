import Foundation
import GRDB
import Testing
@testable import VisitDesk

/// The case list as the store reads it: pinyin search, the standing of each case read with
/// its page, the orders `S` cycles through, and the capped count.
@Suite("Case list in the store")
struct CaseListStoreTests {
    @Test func fullPinyinFindsANameAndAnAddress() throws {
        let fixture = try StoreFixture()
        try fixture.insertCases()
        #expect(try fixture.store.cases(matching: "zhangwei", limit: 10).map(\.debtorName) == ["张伟", "张伟华"])
        #expect(try fixture.store.cases(matching: "ZhangWeiHua", limit: 10).map(\.debtorName) == ["张伟华"])
        #expect(try fixture.store.cases(matching: "chaoyang", limit: 10).map(\.debtorName) == ["张伟"])
        #expect(try fixture.store.caseCount(matching: "ouyangnana") == 1)
    }

    @Test func pinyinInitialsFindANameAndAnAddress() throws {
        let fixture = try StoreFixture()
        try fixture.insertCases()
        #expect(try fixture.store.cases(matching: "zw", limit: 10).map(\.debtorName) == ["张伟", "张伟华"])
        #expect(try fixture.store.cases(matching: "zwh", limit: 10).map(\.debtorName) == ["张伟华"])
        #expect(try fixture.store.cases(matching: "ln", limit: 10).map(\.debtorName) == ["李娜"])
        // 上海市浦东新区: shanghaishi pudongxinqu.
        #expect(try fixture.store.cases(matching: "shspdxq", limit: 10).map(\.debtorName) == ["李娜"])
    }

    @Test func pinyinHasNoToneMarks() {
        var pinyin = Pinyin()
        #expect(pinyin.forms(of: "吕雪") == Pinyin.Forms(full: "luxue", initials: "lx"))
        #expect(pinyin.forms(of: "路88号") == Pinyin.Forms(full: "lu88hao", initials: "l88h"))
        #expect(pinyin.forms(of: "Smith") == Pinyin.Forms(full: "", initials: ""))
    }

    @Test func anOldDatabaseGetsItsPinyinAndStandingWhenOpened() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.sqlite").path
        let cases = [
            LoanCase(reference: "A-1", debtorName: "张伟", phone: "", idNumber: "", address: "北京市朝阳区", product: "花呗",
                     outstanding: Money(fen: 100), daysOverdue: 3),
            LoanCase(reference: "A-2", debtorName: "李娜", phone: "", idNumber: "", address: "海淀区", product: "花呗",
                     outstanding: Money(fen: 100), daysOverdue: 2),
        ]
        do {
            let store = try VisitStore(path: path)
            let stored = try store.insertCases(cases)
            let visit = try store.startVisit(caseID: stored[0].id!, role: .agent, playbookID: "agent", visitors: StoreFixture.visitors,
                                             location: "家中", at: StoreFixture.start)
            try store.append(.outcomeRecorded(.promiseToPay(date: CalendarDay(year: 2026, month: 1, day: 15), amount: Money(fen: 100),
                                                            method: .bankTransfer)), to: visit.id, at: StoreFixture.start)
        }
        // Back to the schema before the case list columns, with the search indexes as they were built then.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                DROP INDEX loanCase_byAmount; DROP INDEX loanCase_byNextAction;
                ALTER TABLE loanCase DROP COLUMN romanized; ALTER TABLE loanCase DROP COLUMN lastOutcome;
                ALTER TABLE loanCase DROP COLUMN nextAction;
                DELETE FROM caseSearch; DELETE FROM caseBigramList;
                DELETE FROM grdb_migrations WHERE identifier = 'v3-case-list';
                """)
            let old = try CaseRecord.fetchAll(db).map(\.loanCase)
            try CaseSearch.index(old, romanized: old.map { _ in "" }, in: db)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM caseSearch WHERE caseSearch MATCH '\"lina\"'") == 0)
        }
        try queue.close()
        let store = try VisitStore(path: path)
        #expect(try store.cases(matching: "zw", limit: 10).map(\.reference) == ["A-1"])
        #expect(try store.cases(matching: "lina", limit: 10).map(\.reference) == ["A-2"])
        #expect(try store.cases(matching: "chaoyang", limit: 10).map(\.reference) == ["A-1"])
        let rows = try store.caseRows(matching: nil, limit: 10)
        #expect(rows[0].lastOutcome == .promiseToPay)
        #expect(rows[0].nextAction == CalendarDay(year: 2026, month: 1, day: 15))
        #expect(rows[0].visitOpen)
        #expect(rows[1].lastOutcome == nil && !rows[1].visitOpen)
    }

    @Test func aRowCarriesItsOpenVisitLastOutcomeAndNextAction() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[2].id!)
        let promise = Outcome.promiseToPay(date: CalendarDay(year: 2026, month: 1, day: 20), amount: Money(fen: 50_000), method: .bankTransfer)
        try fixture.store.append(.outcomeRecorded(promise), to: visit.id, at: StoreFixture.start)
        let rows = try fixture.store.caseRows(matching: "张伟华", limit: 10)
        #expect(rows.map(\.loanCase.reference) == ["HB-2025-0241"])
        #expect(rows[0].visitOpen)
        #expect(rows[0].lastOutcome == .promiseToPay)
        #expect(rows[0].nextAction == CalendarDay(year: 2026, month: 1, day: 20))
        // Stored as promised; listed as broken, the promise of 2026-01-20 having lapsed unpaid before any day this runs.
        #expect(try fixture.store.loanCase(id: cases[2].id!)?.status == .promised)
        #expect(rows[0].loanCase.status == .broken)

        let undone = try fixture.store.visit(id: visit.id)
        try fixture.store.append(.undone(sequence: undone.lastUndoableSequence!), to: visit.id, at: StoreFixture.start)
        try fixture.store.append(.outcomeRecorded(.rescheduled(date: CalendarDay(year: 2026, month: 2, day: 3), note: "")),
                                 to: visit.id, at: StoreFixture.start)
        try fixture.store.append(.ended(reason: .completed), to: visit.id, at: StoreFixture.start)
        let after = try fixture.store.caseRows(matching: "张伟华", limit: 10)[0]
        #expect(!after.visitOpen)
        #expect(after.lastOutcome == .rescheduled)
        #expect(after.nextAction == CalendarDay(year: 2026, month: 2, day: 3))
    }

    @Test func aPlansNextActionIsItsFirstDueDate() throws {
        let plan = try RepaymentPlan.make(total: Money(fen: 300_000), downPayment: Money(fen: 0), instalmentCount: 3,
                                          frequency: .monthly, firstDue: CalendarDay(year: 2026, month: 3, day: 1),
                                          method: .bankTransfer, statedMonthlyIncome: nil)
        #expect(Outcome.planAgreed(plan).nextAction == CalendarDay(year: 2026, month: 3, day: 1))
        #expect(Outcome.refusedToPay(reason: "").nextAction == nil)
    }

    @Test func eachOrderSortsTheWholeListAndASearch() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[3].id!)
        try fixture.store.append(.outcomeRecorded(.rescheduled(date: CalendarDay(year: 2026, month: 1, day: 9), note: "")),
                                 to: visit.id, at: StoreFixture.start)
        func references(_ query: String?, _ order: CaseOrder) throws -> [String] {
            try fixture.store.caseRows(matching: query, order: order, limit: 10).map(\.loanCase.reference)
        }
        #expect(try references(nil, .overdueDays) == ["HB-2025-0113", "WL-2025-0422", "JB-2025-0207", "HB-2025-0241"])
        #expect(try references(nil, .amount) == ["HB-2025-0113", "WL-2025-0422", "JB-2025-0207", "HB-2025-0241"])
        #expect(try references(nil, .nextAction).first == "WL-2025-0422")
        #expect(try references(nil, .reference) == ["HB-2025-0113", "HB-2025-0241", "JB-2025-0207", "WL-2025-0422"])
        #expect(try references("zw", .amount) == ["HB-2025-0113", "HB-2025-0241"])
        #expect(try references("zw", .reference) == ["HB-2025-0113", "HB-2025-0241"])
        // One character walks the list: 张 is in two names and in 李娜's 张江镇.
        #expect(try references("张", .amount) == ["HB-2025-0113", "JB-2025-0207", "HB-2025-0241"])
    }

    @Test func aSearchWithManyMatchesIsCountedAsTenThousandPlusAndStillPagedInOrder() throws {
        let fixture = try StoreFixture()
        let many = (0..<(CaseCount.cap + 5)).map { index in
            LoanCase(reference: String(format: "CY-%06d", index), debtorName: "王芳", phone: "", idNumber: "",
                     address: "北京市朝阳区\(index)号", product: "花呗", outstanding: Money(fen: Int64(index)), daysOverdue: index % 400)
        }
        try fixture.store.insertCases(many + [StoreFixture.cases[2]])
        #expect(try fixture.store.caseCountCapped(matching: "chaoyang") == CaseCount(value: CaseCount.cap, isAtLeast: true))
        // A two-character list knows its length: counted exactly at the cost of one read.
        #expect(try fixture.store.caseCountCapped(matching: "朝阳") == CaseCount(value: CaseCount.cap + 5))
        #expect(CaseCount(value: CaseCount.cap, isAtLeast: true).text == "10,000+")
        #expect(try fixture.store.caseCountCapped(matching: "张伟华") == CaseCount(value: 1))
        let page = try fixture.store.caseRows(matching: "朝阳", order: .amount, limit: 3).map(\.loanCase.reference)
        #expect(page == ["CY-010004", "CY-010003", "CY-010002"])
        let next = try fixture.store.caseRows(matching: "chaoyang", order: .amount, offset: 3, limit: 2).map(\.loanCase.reference)
        #expect(next == ["CY-010001", "CY-010000"])
    }

    @Test func aPhraseWithQuotesInManyCasesIsPagedInOrder() throws {
        let fixture = try StoreFixture()
        let many = (0..<(CaseCount.cap + 300)).map { index in
            LoanCase(reference: String(format: "QT-%06d", index), debtorName: "王芳", phone: "", idNumber: "",
                     address: index % 100 == 99 ? "北京市朝阳区" : "北京市\"朝阳\"区", product: "花呗",
                     outstanding: Money(fen: Int64(index)), daysOverdue: 1)
        }
        try fixture.store.insertCases(many)
        #expect(try fixture.store.caseCountCapped(matching: "市\"朝阳\"") == CaseCount(value: CaseCount.cap, isAtLeast: true))
        #expect(try fixture.store.caseCountCapped(matching: "市朝阳") == CaseCount(value: 103))
        // Walked in order: the cases without the quotes are passed over.
        let page = try fixture.store.caseRows(matching: "市\"朝阳\"", order: .amount, limit: 3).map(\.loanCase.reference)
        #expect(page == ["QT-010298", "QT-010297", "QT-010296"])
        let next = try fixture.store.caseRows(matching: "市\"朝阳\"", order: .amount, offset: 98, limit: 2).map(\.loanCase.reference)
        #expect(next == ["QT-010200", "QT-010198"])
    }
}
