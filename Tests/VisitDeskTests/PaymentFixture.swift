import Foundation
import GRDB
@testable import VisitDesk

/// A store with the fixture cases and promises on some of them, and payments files read as
/// `visitdesk payments import` reads them — on a fixed day, so that the tests do not age.
final class PaymentFixture {
    let directory: URL
    let store: VisitStore
    var cases: [LoanCase] = []
    /// The day payments are posted on: well after every promise's grace period.
    static let postedAt = Date(timeIntervalSince1970: 1_780_279_200) // 2026-06-01 10:00 Asia/Shanghai
    static let today = CalendarDay(year: 2026, month: 6, day: 1)
    static let march1 = CalendarDay(year: 2026, month: 3, day: 1)

    init(graceDays: Int = 3) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-tests-\(UUID().uuidString)")
        store = try VisitStore(path: directory.appendingPathComponent("data/visitdesk.sqlite").path, paymentRule: PaymentRule(graceDays: graceDays))
        cases = try store.insertCases(StoreFixture.cases)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs raw SQL with foreign keys off, as someone editing the file by hand would.
    func tamper(_ sql: String, _ arguments: StatementArguments = []) throws {
        try store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: sql, arguments: arguments)
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
    }

    func caseID(_ index: Int) -> Int64 { cases[index].id! }

    /// Records an ended visit of case `index` agreeing `outcome`; returns the visit id.
    @discardableResult
    func agree(_ outcome: Outcome, caseIndex index: Int, at date: Date = StoreFixture.start) throws -> Int64 {
        let visit = try store.startVisit(caseID: caseID(index), role: .agent, playbookID: "agent", visitors: StoreFixture.visitors,
                                         location: "家中", at: date)
        try store.append(.outcomeRecorded(outcome), to: visit.id, at: date)
        try store.append(.ended(reason: .completed), to: visit.id, at: date)
        return visit.id
    }

    /// A promise of `yuan` due on 1 March 2026.
    static func promise(yuan: Int64) -> Outcome {
        .promiseToPay(date: march1, amount: Money(yuan: yuan), method: .bankTransfer)
    }

    static func read(_ text: String, name: String = "bank-2026-03.csv") throws -> PaymentFile {
        try read(Data(text.utf8), name: name)
    }

    static func read(_ data: Data, name: String = "bank-2026-03.csv") throws -> PaymentFile {
        try PaymentCSVImporter.read(data, path: "/tmp/lender/\(name)", today: today)
    }

    /// Posts a file; the refusal when it is refused.
    func post(_ text: String, name: String = "bank-2026-03.csv") throws -> PaymentPosting {
        try store.postPayments(Self.read(text, name: name), at: Self.postedAt)
    }

    func posted(_ text: String, name: String = "bank-2026-03.csv") throws -> PostedPayments? {
        guard case .posted(let result) = try post(text, name: name) else { return nil }
        return result
    }

    func refusal(_ text: String, name: String = "bank-2026-03.csv") throws -> [String] {
        guard case .refused(let error) = try post(text, name: name) else { return [] }
        return error.problems.map(\.description)
    }

    func obligations(caseIndex index: Int, on day: CalendarDay = today) throws -> [ObligationListRow] {
        try store.obligations(ObligationQuery(day: day, caseID: caseID(index)))
    }

    func status(_ index: Int) throws -> CaseStatus? {
        try store.loanCase(id: caseID(index))?.status
    }
}
