import Foundation
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The record names who recorded what: the operator and device of a stamped visit, in the
/// visit section and beside each note, in the text, Markdown and JSON forms.
final class RecordAuthorsTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("authors-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: folder) }

    @Test func theSummaryNamesTheOperatorAndDevice() throws {
        let device = DeviceIdentity.generate(for: try OperatorProfile.parse("王磊/WF-0312"))
        let store = try VisitStore(path: folder.appendingPathComponent("desk.sqlite").path, device: device)
        let caseID = try store.insertCases([AppFixture.cases[0]].map { var loanCase = $0; loanCase.id = nil; return loanCase })[0].id!
        let visit = try store.startVisit(caseID: caseID, role: .agent, playbookID: "agent", visitors: [Visitor(name: "王强", badge: "A1023")],
                                         location: "客厅", at: AppFixture.now)
        _ = try store.append(.noteAdded(noteID: "n1", text: "债务人说下月还款"), to: visit.id, at: AppFixture.now.addingTimeInterval(60))
        var rules = RuleConfig()
        rules.timeZone = AppFixture.shanghai
        let documents = VisitDocuments(store: store, playbooks: PlaybookLibrary(), rules: rules, clock: VisitClock(timeZone: AppFixture.shanghai))
        let short = String(device.deviceID.prefix(8))

        let zh = try documents.summary(visitID: visit.id, language: .zh, now: AppFixture.now)
        let zhText = zh.lines.joined(separator: "\n")
        #expect(zhText.contains("记录人") && zhText.contains("王磊/WF-0312 · 设备 \(short)"))
        #expect(zhText.contains("债务人说下月还款 — 王磊/WF-0312 · 设备 \(short)"))
        #expect(zh.markdown.contains("王磊/WF-0312 · 设备 \(short)"))

        let en = try documents.summary(visitID: visit.id, language: .en, now: AppFixture.now)
        #expect(en.lines.joined(separator: "\n").contains("Recorded by"))
        #expect(en.markdown.contains("王磊/WF-0312 · device \(short)"))

        let (summary, _) = try SummaryLoader.summary(store: store, visitID: visit.id, playbooks: PlaybookLibrary(), rules: rules,
                                                     reveal: false, now: AppFixture.now)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.json().utf8)) as? [String: Any])
        let visitSection = try #require(json["visit"] as? [String: Any])
        let runs = try #require(visitSection["recordedBy"] as? [[String: Any]])
        #expect(runs.count == 1)
        #expect(runs.first?["firstEvent"] as? Int == 1 && runs.first?["lastEvent"] as? Int == 2)
        #expect(runs.first?["operator"] as? String == "王磊/WF-0312" && runs.first?["device"] as? String == device.deviceID)
        let note = try #require((json["notes"] as? [[String: Any]])?.first?["recordedBy"] as? [String: Any])
        #expect(note["operator"] as? String == "王磊/WF-0312")
        #expect(summary.authorRuns.count == 1)
    }

    /// A visit recorded before the device had an identity names nobody (and its record is as before).
    @Test func anUnstampedVisitNamesNobody() throws {
        let store = try VisitStore(path: folder.appendingPathComponent("plain.sqlite").path)
        let caseID = try store.insertCases([AppFixture.cases[0]].map { var loanCase = $0; loanCase.id = nil; return loanCase })[0].id!
        let visit = try store.startVisit(caseID: caseID, role: .agent, playbookID: "agent", visitors: [Visitor(name: "王强", badge: "A1023")],
                                         location: "客厅", at: AppFixture.now)
        let documents = VisitDocuments(store: store, playbooks: PlaybookLibrary(), rules: RuleConfig(), clock: VisitClock(timeZone: AppFixture.shanghai))
        let summary = try documents.summary(visitID: visit.id, language: .en, now: AppFixture.now)
        #expect(!summary.lines.joined().contains("Recorded by"))
    }
}
