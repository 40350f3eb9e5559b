import ArgumentParser
import VisitDesk

/// `visitdesk playbooks`: lists the playbooks, or prints one as TOML.
struct PlaybooksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbooks",
        abstract: "List the built-in and custom playbooks, or print one as TOML.")

    @Option(help: ArgumentHelp("Print this playbook as TOML (a starting point for a custom one).", valueName: "id"))
    var export: String?

    @Option(help: "Language of the list: zh or en (default: the locale's).")
    var lang: LanguageChoice?

    func run() throws {
        let directory = PlaybookLibrary.defaultDirectory()
        let library = PlaybookLibrary(directory: directory)
        let language = LanguageChoice.resolve(lang, config: nil)
        for problem in library.problems { CommandOutput.error(problem.message[language]) }
        if let export {
            guard let playbook = library.playbook(id: export) else {
                throw CommandFailure.noSuchPlaybook(id: export, known: library.playbooks.map(\.id))
            }
            CommandOutput.print(PlaybookTOML.export(playbook))
            return
        }
        let rows = library.playbooks.map { playbook in
            [playbook.id, playbook.role.label[language], String(playbook.stages.count),
             String(playbook.stages.reduce(0) { $0 + $1.items.count }), playbook.title[language]]
        }
        let header = [LocalizedText(zh: "编号", en: "ID"), LocalizedText(zh: "身份", en: "ROLE"), LocalizedText(zh: "阶段", en: "STAGES"), LocalizedText(zh: "清单项", en: "ITEMS"), LocalizedText(zh: "名称", en: "TITLE")].map { $0[language] }
        CommandOutput.print(TextTable(header: header, rows: rows, rightAligned: [2, 3]).text)
        CommandOutput.error("custom playbooks are read from \(directory.path)/*.toml")
    }
}
