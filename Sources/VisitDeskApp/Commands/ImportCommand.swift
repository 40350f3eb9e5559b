import ArgumentParser
import Foundation
import VisitDesk

/// `visitdesk import FILE.csv`: adds cases from a CSV file, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import cases from a CSV file; any bad row and nothing is imported.",
        discussion: """
            Columns: ref,name,phone,id_number,address,product,outstanding,days_overdue (or the Chinese \
            headers 编号,姓名,电话,身份证号,地址,产品,欠款金额,逾期天数); UTF-8 with or without BOM.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file.csv"))
    var file: String

    func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure.cannotRead(file: file, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
        let cases = try CaseCSVImporter.parse(data)
        let stored = try database.openCreating().insertCases(cases)
        CommandOutput.error("imported \(stored.count) case\(stored.count == 1 ? "" : "s") into \(database.path)")
    }
}
