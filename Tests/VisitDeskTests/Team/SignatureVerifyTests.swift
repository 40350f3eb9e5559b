import Foundation
import GRDB
import Testing
import VisitDesk

/// `verify` checks every stamped event's signature against its device's key, and names a bad
/// or unknown signer before anything else.
final class SignatureVerifyTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signatures-\(UUID().uuidString)")
    private var path: String { folder.appendingPathComponent("desk.sqlite").path }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func recordVisit(device: DeviceIdentity?) throws -> VisitStore {
        let store = try VisitStore(path: path, device: device)
        let loanCase = LoanCase(reference: "HB-2025-0113", debtorName: "张伟", phone: "13812345678", idNumber: "110101199003074518",
                                address: "北京市朝阳区建国路88号", product: "花呗", outstanding: Money(fen: 6_212_070), daysOverdue: 120)
        let caseID = try store.insertCases([loanCase])[0].id!
        let visit = try store.startVisit(caseID: caseID, role: .agent, playbookID: "agent", visitors: [Visitor(name: "王强", badge: "A1023")],
                                         location: "客厅", at: Date())
        _ = try store.append(.noteAdded(noteID: "n1", text: "在家"), to: visit.id, at: Date())
        return store
    }

    private func execute(_ sql: String, _ arguments: StatementArguments = []) throws {
        try DatabaseQueue(path: path).write { try $0.execute(sql: sql, arguments: arguments) }
    }

    private let device = { DeviceIdentity.generate(for: try! OperatorProfile.parse("王磊/WF-0312")) }()

    @Test func signedEventsOfThisDeviceVerify() throws {
        let report = try recordVisit(device: device).chainReport()
        #expect(report.signatureProblems.isEmpty)
        #expect(report.isIntact, "\(report.problemDescriptions)")
    }

    @Test func aTamperedSignatureIsTheFirstProblem() throws {
        _ = try recordVisit(device: device)
        // Another event's signature in place of event 2's: a valid signature, but not over this event.
        try execute("UPDATE visitEvent SET signature = (SELECT signature FROM visitEvent WHERE sequence = 1) WHERE sequence = 2")
        let report = try VisitStore(path: path, device: device).chainReport()
        #expect(!report.isIntact)
        #expect(report.signatureProblems.map(\.kind) == [.badSignature])
        let first = try #require(report.problemDescriptions.first)
        #expect(first.contains("visit 1, event 2") && first.contains("signature is not that of device \(device.deviceID) (王磊/WF-0312)"))
    }

    @Test func anOperatorChangedAfterSigningIsCaught() throws {
        _ = try recordVisit(device: device)
        try execute("UPDATE visitEvent SET operatorName = '李四/WF-0999' WHERE sequence = 1")
        let report = try VisitStore(path: path, device: device).chainReport()
        #expect(report.signatureProblems.map(\.kind) == [.badSignature])
    }

    @Test func anEventOfAnUnknownDeviceIsNamed() throws {
        _ = try recordVisit(device: device)
        // Opened without the identity and with no team device of that id: nobody vouches for the key.
        let report = try VisitStore(path: path).chainReport()
        #expect(report.signatureProblems.count == 2)
        #expect(report.signatureProblems.allSatisfy { $0.kind == .unknownDevice })
        #expect(report.problemDescriptions.first?.contains("which this database does not know") == true)
        // Once the team's devices list its key, the same events verify.
        try execute("INSERT INTO teamDevice (id, badge, publicKey) VALUES (?, 'WF-0312', ?)", [device.deviceID, device.publicKey])
        #expect(try VisitStore(path: path).chainReport().isIntact)
    }

    @Test func unsignedEventsAreFine() throws {
        let report = try recordVisit(device: nil).chainReport()
        #expect(report.signatureProblems.isEmpty)
        #expect(report.isIntact)
    }
}
