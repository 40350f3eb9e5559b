import Foundation
import VisitDesk

/// `visitdesk import` of a CSV file of synthetic cases into a new database: reading and
/// checking every row, then storing the cases with their search indexes. Timed once, as a
/// user runs it (a second run would import into a full database).
enum ImportSection {
    static func run(size: Int, in directory: URL, report: inout Report) throws {
        var data = SyntheticData(seed: 7)
        let cases = data.cases(size).map { generated in
            var loanCase = generated
            let first17 = String(loanCase.idNumber.prefix(17))
            loanCase.idNumber = first17 + String(ChineseIDNumber.checkCharacter(for: first17)!)
            return loanCase
        }
        let file = directory.appendingPathComponent("import-\(size).csv")
        try Data(CaseExport.csv(cases, reveal: true).utf8).write(to: file)
        let path = directory.appendingPathComponent("import-\(size).sqlite").path

        let clock = ContinuousClock()
        var parsed: [LoanCase] = []
        var stored: [LoanCase] = []
        let readTime = try clock.measure { parsed = try CaseCSVImporter.parse(Data(contentsOf: file)) }
        let storeTime = try clock.measure { stored = try VisitStore(path: path).insertCases(parsed) }
        guard stored.count == size else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "imported \(stored.count) of \(size) cases"])
        }
        report.add(size: size, "import \(Report.sizeLabel(size)) rows (CSV file → store)", Timing(samples: [readTime + storeTime]),
                   target: 5_000, note: "one run: read and check \(Report.format(Timing.milliseconds(readTime))) ms, "
                       + "store \(Report.format(Timing.milliseconds(storeTime))) ms")
    }
}
