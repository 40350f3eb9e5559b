import ArgumentParser
import Foundation
import TUI
import VisitDesk

/// `visitdesk` with no subcommand: the full-screen desk.
struct DeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk",
        abstract: "Open the full-screen desk (the default)."
    )

    @OptionGroup var database: DatabaseOptions
    @Option(name: .long, help: "Colour theme: a name from `visitdesk themes`, or a .toml file.")
    var theme: String?
    @Option(name: .long, help: "Interface language: zh or en (default: config, then the locale).")
    var lang: LanguageChoice?
    @Flag(name: .long, help: "Open a demo database, creating it with demo data on first use.")
    var demo = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let config = try DeskFailure.exit(1) { try VisitDeskConfig.load(environment: environment) }
        let themeValue = try DeskFailure.exit(1) {
            try Theme.load(nameOrPath: theme ?? config.theme ?? "default", searchDirectories: ThemeDirectories.search(environment: environment))
        }
        let path = demo ? DemoDatabase.path(environment: environment) : database.path
        let store = try DeskFailure.exit(1) { try DatabaseOptions.open(path: path, opening: demo ? .createIfMissing : .existing, config: config) }
        if demo { _ = try DeskFailure.exit(1) { try store.insertDemoData(today: CalendarDay.today(in: config.rules.timeZone)) } }
        let backend = try DeskFailure.exit(2) { try NcursesBackend(theme: themeValue, environment: environment) }
        defer { backend.shutdown() }
        let playbooks = PlaybookLibrary(directory: PlaybookLibrary.defaultDirectory(environment: environment))
        let endedBy = try DeskRunner(store: store, backend: backend, language: LanguageChoice.resolve(lang, config: config),
                                     rules: config.rules, playbooks: playbooks, environment: environment,
                                     sync: DeskSync.background(store: store, config: config, environment: environment)).run()
        // Ended by a signal: what was typed is saved; the terminal is restored by the defer.
        if let signal = endedBy { throw ExitCode(128 + signal) }
    }
}

/// A one-line message on stderr and an exit status, instead of a stack trace.
struct DeskFailure: Error {
    /// Runs `body`; any error becomes its message (in the locale's language) on stderr and exit `status`.
    static func exit<T>(_ status: Int32, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            let language = Language.preferred(environment: ProcessInfo.processInfo.environment)
            CommandOutput.error("visitdesk: \(ErrorText.message(for: error, language: language))")
            throw ExitCode(status)
        }
    }
}
