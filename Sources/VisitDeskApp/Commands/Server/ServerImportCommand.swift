import ArgumentParser
import TeamServer
import VisitDesk

/// `visitdesk server import FILE.csv --pg URL`: the local import's rules (columns, encodings,
/// every problem named by line and column, all or nothing), onto the team's server; a case
/// already there is updated and keeps its assignment.
struct ServerImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import cases from a CSV file onto the server; any bad row and nothing is imported.",
        discussion: "The file is read as `visitdesk import` reads it (see `visitdesk import --help`). A reference the server holds already is updated; its assignment stays.")

    @OptionGroup var server: ServerOptions

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file.csv"))
    var file: String

    func run() throws {
        let imported = try CaseCSVImporter.read(try ImportedFile.read(file))
        let config = try server.config()
        let connection = try server.connect(config)
        defer { connection.close() }
        let (added, updated) = try TeamAdmin.importCases(imported.cases, on: connection)
        let encoding = imported.encoding.name
        let separator = imported.separator.name
        let place = connection.address.description
        CommandOutput.print(LocalizedText(
            zh: "已导入到 \(place)：新增 \(added) 个案件，更新 \(updated) 个（按 \(encoding.zh) 读取，\(separator.zh)分隔）",
            en: "imported into \(place): \(added) new case\(added == 1 ? "" : "s"), \(updated) updated (read as \(encoding.en), \(separator.en)-separated)"
        )[server.language(config)])
    }
}
