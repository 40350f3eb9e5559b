import Foundation
import TUI
import TestSupport
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The record's text and Markdown layouts: golden files beside this test (`UPDATE_GOLDEN=1`
/// rewrites them on purpose), the same sections in the same order in every form, and text that
/// never runs past its width.
struct SummaryRecordLayoutTests {
    private func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)").path
        if let mismatch = GoldenFile.mismatch(text, path: path) {
            Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
        }
    }

    private static let summaries: [(name: String, summary: VisitSummary)] = [
        ("agent", RecordFixture.agentSummary()), ("debtor", RecordFixture.debtorSummary()),
    ]

    @Test(arguments: [80, 120])
    func printedTextMatchesItsGoldenFile(width: Int) {
        for (name, summary) in Self.summaries {
            for language in Language.allCases {
                let text = SummaryText(summary: summary, language: language, width: width).lines.joined(separator: "\n") + "\n"
                expectGolden(text, "record-\(name)-\(language.rawValue)-\(width).txt")
            }
        }
    }

    @Test func markdownMatchesItsGoldenFile() {
        for (name, summary) in Self.summaries {
            for language in Language.allCases {
                expectGolden(summary.markdown(language: language), "record-\(name)-\(language.rawValue).md")
            }
        }
    }

    @Test func textMarkdownAndJSONCarryTheSameSectionsInTheSameOrder() throws {
        for (_, summary) in Self.summaries {
            let json = summary.json()
            let jsonKeys = json.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("  \""), !line.hasPrefix("   ") else { return nil }
                return String(line.dropFirst(3).prefix { $0 != "\"" })
            }
            for language in Language.allCases {
                let document = summary.document(language: language)
                let ids = document.sections.map(\.id)
                let obligations = summary.obligations.isEmpty ? [] : ["obligations"]
                #expect(ids == ["case", "visit", "outcome"] + obligations + ["warnings", "notDone", "stages", "notes", "evidence", "footer", "signatures"])
                var keys = ["visitID", "role"] + ids.filter { $0 != "obligations" }
                keys.insert("obligations", at: 5)
                #expect(jsonKeys == keys, "JSON keys in document order, not sorted; obligations there even when empty")

                let headings = summary.markdown(language: language).split(separator: "\n").filter { $0.hasPrefix("## ") }
                #expect(headings.map { String($0.dropFirst(3)) } == document.sections.map(\.title))

                let text = SummaryText(summary: summary, language: language).lines
                let underlined = text.indices.dropLast().filter { index in
                    !text[index].isEmpty && text[index + 1] == String(repeating: "-", count: text[index].displayWidth)
                }.map { text[$0] }
                #expect(underlined == document.sections.map(\.title))
            }
        }
    }

    @Test func theOutcomeComesBeforeTheChecklistAndTheWarningsRightAfterIt() {
        let text = SummaryText(summary: RecordFixture.agentSummary(), language: .en).lines.joined(separator: "\n")
        let outcome = try! #require(text.range(of: "Repayment plan agreed"))
        let warning = try! #require(text.range(of: "Warning: Monthly payment"))
        let checklist = try! #require(text.range(of: "[✓] Staff ID shown"))
        #expect(outcome.lowerBound < warning.lowerBound && warning.lowerBound < checklist.lowerBound)
    }

    @Test func noLineOfAChineseRecordRunsPastItsWidth() {
        for (_, summary) in Self.summaries {
            let document = summary.document(language: .zh)
            for width in 60...160 {
                let lines = SummaryText(document: document, width: width).lines
                for line in lines {
                    #expect(line.displayWidth <= width, "width \(width): \(line)")
                }
                #expect(lines.first == String(repeating: "=", count: width) && lines.last == lines.first, "rules span the width \(width)")
            }
        }
    }

    @Test func aNarrowTableKeepsItsColumnsAndATooNarrowOneStacksItsRows() {
        let table = RecordTable(columns: ["#", "说明", "金额"], alignedRight: [true, false, true],
                                rows: [["1", "首付，今晚通过支付宝还款，备注里写明案件编号和姓名", "¥2,000.00"]])
        let document = RecordDocument(language: .zh, title: "t", pageHeader: "h",
                                      sections: [RecordSection(id: "outcome", title: "结果", blocks: [.table(table)])], matchCode: "m")
        let wrapped = SummaryText(document: document, width: 40).lines
        #expect(wrapped.contains { $0.hasPrefix("  1  首付") && $0.hasSuffix("¥2,000.00") }, "the amount stays in its column on the first line")
        #expect(wrapped.allSatisfy { $0.displayWidth <= 40 })

        let wide = RecordTable(columns: ["#", "金额"], alignedRight: [true, true], rows: [["1", "¥92,233,720,368,547,758.07 ¥92,233,720,368,547,758.07"]])
        let stacked = SummaryText(document: RecordDocument(language: .zh, title: "t", pageHeader: "h",
                                                           sections: [RecordSection(id: "x", title: "x", blocks: [.table(wide)])], matchCode: "m"),
                                  width: 40).lines
        #expect(stacked.contains { $0.hasPrefix("  金额") }, "a row too wide for its columns is shown as label and value")
        #expect(stacked.allSatisfy { $0.displayWidth <= 40 })
    }

    @Test func theFooterSetsTheFirstTwelveHexDigitsApartAndSaysHowToCheck() {
        let text = SummaryText(summary: RecordFixture.agentSummary(), language: .en, width: 120).lines
        #expect(text.contains("    First 12 to read aloud: 3f9a 1c07 be52"))
        #expect(text.contains("    " + RecordFixture.head))
        #expect(text.contains("  visitdesk verify --visit 42 --head " + RecordFixture.head))
        #expect(RecordFixture.agentSummary().document(language: .zh).matchCode == "visitdesk:visit=42;head=" + RecordFixture.head)
    }
}
