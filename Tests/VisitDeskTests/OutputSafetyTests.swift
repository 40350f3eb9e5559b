import Foundation
import PropertyBased
import Testing
@testable import VisitDesk

/// Names built from data stay inside their folder; CSV cells never run as formulas; JSON
/// escapes what an encoder leaves raw and still reads back the same.
struct OutputSafetyTests {
    private static let anyText = Gen<UnicodeScalar>.unicodeScalar(in: "\u{0}"..."\u{2FFF}").array(of: 0...200)
        .map { String(String.UnicodeScalarView($0)) }

    @Test func fileNamesFromDataAlwaysLandInsideTheirFolder() async {
        let folder = URL(fileURLWithPath: "/tmp/visitdesk-summaries")
        await propertyCheck(input: Self.anyText) { text in
            let name = SafeFileName.from(text)
            #expect(!name.isEmpty && name.count <= SafeFileName.maximumLength && !name.hasPrefix("."))
            #expect(name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) })
            #expect(folder.appendingPathComponent(name).standardizedFileURL.deletingLastPathComponent().path == folder.path)
        }
        #expect(SafeFileName.from("../../../x-visit-1") == "_._.._.._x-visit-1")
        #expect(SafeFileName.from("a/b-visit-2") == "a_b-visit-2")
        #expect(SafeFileName.from("HB-2025-0113-visit-7") == "HB-2025-0113-visit-7")
    }

    @Test func csvCellsThatASpreadsheetWouldRunAreQuoted() {
        let loan = LoanCase(reference: "=1+2", debtorName: "@SUM(A1)", phone: "13812345678", idNumber: "", address: "+cmd|' /C calc'!A0",
                            product: "-2+3", outstanding: Money(fen: 100), daysOverdue: 1, assignedAgent: "\t=1", tags: ["=HYPERLINK(\"x\")"])
        let row = CaseExport.csv([loan]).split(separator: "\n")[1]
        for cell in ["'=1+2", "'@SUM(A1)", "'+cmd|' /C calc'!A0", "'-2+3", "'\t=1", "\"'=HYPERLINK(\"\"x\"\")\""] {
            #expect(row.contains(cell), "\(row) holds \(cell)")
        }
        #expect(!row.hasPrefix("="))
        #expect(SpreadsheetCell.safe("张伟") == "张伟" && SpreadsheetCell.safe("62120.70") == "62120.70")
    }

    @Test func jsonEscapesEveryUnsafeCharacterAndReadsBackTheSame() async throws {
        await propertyCheck(input: Self.anyText) { text in
            let loan = LoanCase(reference: "R", debtorName: text, phone: "", idNumber: "", address: text, product: "p",
                                outstanding: Money(fen: 1), daysOverdue: 1)
            let json = CaseExport.json([loan])
            #expect(json.unicodeScalars.allSatisfy { $0 == "\n" || !SafeText.isUnsafe($0) }, "only the layout's own line breaks are raw")
            let object = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])?.first)
            #expect(object["name"] as? String == text)
        }
    }
}
