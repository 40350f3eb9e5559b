import Foundation
import Testing
import VisitDesk
@testable import VisitDeskApp

/// A visit's evidence files in its record: each with its type, size, time, caption and full
/// hash in the text, Markdown, JSON and PDF document, and in the desk's review.
struct EvidenceInRecordTests {
    let photo = RecordFixture.attachment

    @Test func theRecordListsEachFileWithItsHash() throws {
        let summary = RecordFixture.agentSummary()
        for language in Language.allCases {
            let section = try #require(summary.document(language: language).sections.first { $0.id == "evidence" })
            #expect(section.title == (language == .zh ? "附件" : "Evidence files"))
            #expect(section.blocks == [.list(["门牌.jpg (image/jpeg, 47 KB) · 09:30 · 门牌和单元号\nsha256 \(photo.sha256)"])])
            #expect(summary.markdown(language: language).contains("sha256 \(photo.sha256)"))
        }
        let text = SummaryText(summary: summary, language: .en, width: 80).lines
        #expect(text.contains("    sha256 \(photo.sha256)"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.json().utf8)) as? [String: Any])
        let evidence = try #require(json["evidence"] as? [[String: Any]])
        #expect(evidence.count == 1)
        #expect(evidence[0]["name"] as? String == "门牌.jpg")
        #expect(evidence[0]["sha256"] as? String == photo.sha256)
        #expect(evidence[0]["size"] as? Int == 48_213)
        #expect(evidence[0]["caption"] as? String == "门牌和单元号")
        #expect(evidence[0]["attachedAt"] as? String != nil)
    }

    @Test func aVisitWithoutFilesSaysSo() throws {
        let summary = RecordFixture.debtorSummary()
        let section = try #require(summary.document(language: .en).sections.first { $0.id == "evidence" })
        #expect(section.blocks == [.paragraph("(none)")])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.json().utf8)) as? [String: Any])
        #expect((json["evidence"] as? [Any])?.isEmpty == true, "the key is there, with no files")
    }

    @Test func aFileNameThatCouldDriveTheTerminalIsShownHarmlessly() throws {
        var summary = RecordFixture.agentSummary()
        summary.evidence[0].attachment.name = "x\u{1B}[2Jy.jpg"
        let text = SummaryText(summary: summary, language: .en).lines.joined(separator: "\n")
        #expect(!text.unicodeScalars.contains("\u{1B}"))
        #expect(!summary.json().unicodeScalars.contains("\u{1B}"))
    }

    @Test func theReviewListsTheFilesWithTheirFullHash() {
        var events = AppFixture.agentEvents()
        events.append(VisitEvent(visitID: 7, sequence: 9, at: AppFixture.now, kind: .evidenceAttached(photo), hash: ""))
        let lines = ReviewDocument(visit: AppFixture.visit(events), loanCase: AppFixture.cases[0], playbook: PlaybookLibrary().playbook(id: "agent"),
                                   language: .en, clock: VisitClock(timeZone: AppFixture.shanghai)).lines
        let heading = try? #require(lines.firstIndex(of: "Evidence files"))
        #expect(heading.map { lines[$0 + 1] } == "   10:30 门牌.jpg (image/jpeg, 47 KB) “门牌和单元号”")
        #expect(heading.map { lines[$0 + 2] } == "      sha256 \(photo.sha256)")
    }
}
