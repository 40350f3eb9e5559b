import Foundation
@testable import VisitDesk

/// A fresh database in its own temporary directory, removed when the fixture goes away.
final class StoreFixture {
    let directory: URL
    let store: VisitStore
    var path: String { store.path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-tests-\(UUID().uuidString)")
        store = try VisitStore(path: directory.appendingPathComponent("data/visitdesk.sqlite").path)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    static let cases: [LoanCase] = [
        LoanCase(reference: "HB-2025-0113", debtorName: "张伟", phone: "13812345678", idNumber: "110105198803121234",
                 address: "北京市朝阳区望京街道阜通东大街6号", product: "花呗", outstanding: Money(fen: 6_212_070), daysOverdue: 186,
                 tags: ["首次上门"]),
        LoanCase(reference: "JB-2025-0207", debtorName: "李娜", phone: "139-0013-9002", idNumber: "310115199207251246",
                 address: "上海市浦东新区张江镇碧波路690弄", product: "借呗", outstanding: Money(fen: 830_000), daysOverdue: 74,
                 status: .promised, tags: ["已承诺"]),
        LoanCase(reference: "HB-2025-0241", debtorName: "张伟华", phone: "18600186003", idNumber: "440305199011021227",
                 address: "广东省深圳市南山区科苑路15号", product: "花呗", outstanding: Money(fen: 456_000), daysOverdue: 33),
        LoanCase(reference: "WL-2025-0422", debtorName: "欧阳娜娜", phone: "15000155678", idNumber: "510107197909301231",
                 address: "四川省成都市武侯区玉林北路18号", product: "微粒贷", outstanding: Money(fen: 1_520_000), daysOverdue: 186,
                 tags: ["拒绝沟通"]),
    ]

    /// The fixture cases stored, with their ids.
    @discardableResult
    func insertCases() throws -> [LoanCase] {
        try store.insertCases(StoreFixture.cases)
    }

    static let visitors = [Visitor(name: "王磊", badge: "A-001"), Visitor(name: "赵敏", badge: "A-002")]
    static let start = Date(timeIntervalSince1970: 1_767_232_800) // 2026-01-01 10:00 Asia/Shanghai

    /// Starts an agent visit of `caseID` at `start`.
    func startVisit(caseID: Int64) throws -> VisitState {
        try store.startVisit(caseID: caseID, role: .agent, playbookID: "agent", visitors: StoreFixture.visitors,
                             location: "家中", at: StoreFixture.start)
    }
}
