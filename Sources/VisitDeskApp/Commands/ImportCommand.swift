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
            headers 编号,姓名,电话,身份证号,地址,产品,欠款金额,逾期天数). Read as UTF-8 with or without BOM, \
            UTF-16 with BOM (Excel "Unicode text", tab-separated) or GB18030/GBK (Excel's "CSV" on a Chinese \
            system); the encoding read is named in the output.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file.csv"))
    var file: String

    func run() throws {
        let data = try ImportedFile.read(file)
        let imported = try CaseCSVImporter.read(data)
        let stored = try database.openCreating().insertCases(imported.cases)
        let language = Language.preferred(environment: ProcessInfo.processInfo.environment)
        let encoding = imported.encoding.name
        let separator = imported.separator.name
        CommandOutput.error(LocalizedText(
            zh: "已导入 \(stored.count) 个案件到 \(database.path)（按 \(encoding.zh) 读取，\(separator.zh)分隔）",
            en: "imported \(stored.count) case\(stored.count == 1 ? "" : "s") into \(database.path) (read as \(encoding.en), \(separator.en)-separated)")[language])
    }
}
