import Foundation
import RecordPDF
import Testing
import VisitDesk

@Suite struct RecordPDFTests {
    @Test func recordIsAPDFOnA4ByDefault() throws {
        let data = try RecordPDF.render(SampleRecord.chinese())
        #expect(data.starts(with: Array("%PDF-".utf8)))
        let file = try PDFFile(data)
        defer { file.remove() }
        #expect(try file.info()["Page size"]?.hasPrefix("595.276 x 841.89 pts") == true)
    }

    @Test func letterPaperIsUSLetter() throws {
        let file = try PDFFile(RecordPDF.render(SampleRecord.chinese(), paper: .letter))
        defer { file.remove() }
        #expect(try file.info()["Page size"]?.hasPrefix("612 x 792 pts") == true)
    }

    @Test func chineseTitleNameOutcomeAndAmountsAreText() throws {
        let file = try PDFFile(RecordPDF.render(SampleRecord.chinese()))
        defer { file.remove() }
        let text = try file.pageTexts().joined()
        for expected in ["上门记录", "张伟", "同意分期还款", "¥12,000.00", "¥2,000.00", "¥2,500.00", "2025-03-15"] {
            #expect(text.contains(expected), "\(expected) not found as text")
        }
    }

    @Test func aCJKFontIsEmbedded() throws {
        let file = try PDFFile(RecordPDF.render(SampleRecord.chinese()))
        defer { file.remove() }
        let embedded = try file.fonts().split(separator: "\n").filter { $0.contains("NotoSansCJK") || $0.contains("NotoSansMonoCJK") }
        #expect(!embedded.isEmpty)
        // pdffonts' columns: name type encoding emb sub uni object ID; "emb" is the first yes/no.
        #expect(embedded.allSatisfy { $0.split(separator: " ").contains("yes") })
    }

    @Test func everyPageCarriesTheHeaderAndItsNumber() throws {
        let file = try PDFFile(RecordPDF.render(SampleRecord.chinese(items: 60)))
        defer { file.remove() }
        let pages = try file.pageTexts()
        #expect(pages.count > 1)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("案件 LN-2024-0042 · 上门 42"))
            #expect(page.contains("第 \(index + 1) 页，共 \(pages.count) 页"))
        }
    }

    @Test func englishPagesSayPageNOfM() throws {
        let file = try PDFFile(RecordPDF.render(SampleRecord.english()))
        defer { file.remove() }
        let pages = try file.pageTexts()
        #expect(pages.count == 1)
        #expect(pages.first?.contains("page 1 of 1") == true)
        #expect(pages.first?.contains("Case LN-2024-0042 · visit 42") == true)
    }

    /// Sixty one-line checklist items at the body size (10.5 pt Noto Sans CJK, whose line is
    /// 1.448 em: 15.2 pt, plus 1.5 pt between items) take some 1,000 pt, more than one A4 body
    /// (842 − 62 − 50 = 730 pt); with the other sections (about 800 pt) they fill less than
    /// three bodies. Letter is shorter, so never fewer pages.
    @Test func sixtyItemVisitTakesTheExpectedPages() throws {
        let file = try PDFFile(RecordPDF.render(SampleRecord.chinese(items: 60)))
        defer { file.remove() }
        let pages = try #require(Int(try file.info()["Pages"] ?? ""))
        #expect(pages >= 2 && pages <= 3)
        let last = try #require(try file.pageTexts().last)
        #expect(last.contains("共 \(pages) 页"))
        let shorter = try PDFFile(RecordPDF.render(SampleRecord.chinese(items: 60), paper: .letter))
        defer { shorter.remove() }
        #expect(try Int(shorter.info()["Pages"] ?? "") ?? 0 >= pages)
    }

    @Test func planScheduleHeaderRepeatsOnTheNextPage() throws {
        var document = SampleRecord.chinese()
        document.sections[1].blocks[1] = .table(RecordTable(
            columns: ["期数", "日期", "金额"], alignedRight: [true, false, true],
            rows: (1...80).map { ["\($0)", "2026-01-\($0 % 28 + 1)", "¥150.00"] }))
        let file = try PDFFile(RecordPDF.render(document))
        defer { file.remove() }
        let pages = try file.pageTexts()
        let withRows = pages.filter { $0.contains("¥150.00") }
        #expect(withRows.count >= 2)
        #expect(withRows.allSatisfy { $0.contains("期数") && $0.contains("金额") })
    }

    @Test func signaturesStayTogetherOnTheLastPage() throws {
        let file = try PDFFile(RecordPDF.render(SampleRecord.chinese(items: 60)))
        defer { file.remove() }
        let pages = try file.pageTexts()
        let last = try #require(pages.last)
        #expect(last.contains("李娜（工号 A017）") && last.contains("张伟 · 债务人"))
        #expect(last.components(separatedBy: "签名").count - 1 >= 3)  // the section title and one line per signer
        #expect(last.components(separatedBy: "日期").count - 1 == 2)
    }

    @Test func hashShowsItsFirstTwelveDigitsApart() throws {
        let file = try PDFFile(RecordPDF.render(SampleRecord.chinese()))
        defer { file.remove() }
        let text = try file.pageTexts().joined()
        let head = SampleRecord.head
        // The first 12 digits, a gap, then the rest (which may wrap onto the next line).
        let apart = try Regex("\(head.prefix(12))[ ]{2,}\(head.dropFirst(12).prefix(20))")
        #expect(text.contains(apart))
    }

    @Test func qrCodeOnTheLastPageReadsAsTheMatchCode() throws {
        let file = try PDFFile(RecordPDF.render(SampleRecord.chinese(items: 60)))
        defer { file.remove() }
        let pages = try #require(Int(try file.info()["Pages"] ?? ""))
        let image = file.path + "-last"
        _ = try file.tool(["pdftoppm", "-r", "150", "-gray", "-png", "-singlefile", "-f", "\(pages)", "-l", "\(pages)", file.path, image])
        defer { try? FileManager.default.removeItem(atPath: image + ".png") }
        let decoded = try file.tool(["zbarimg", "--quiet", "--raw", image + ".png"])
        #expect(decoded.trimmingCharacters(in: .newlines) == SampleRecord.matchCode)
    }

    @Test func textThatLooksLikeMarkupIsPrintedAsIs() throws {
        var document = SampleRecord.english()
        document.sections[1].blocks = [.paragraph("<b>not bold</b> & <i>not italic</i>")]
        let file = try PDFFile(RecordPDF.render(document))
        defer { file.remove() }
        #expect(try file.pageTexts().joined().contains("<b>not bold</b> & <i>not italic</i>"))
    }
}
