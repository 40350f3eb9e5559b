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
    var theme: String = "default"
    @Option(name: .long, help: "Interface language: zh or en (default: from the locale).")
    var lang: Language?
    @Flag(name: .long, help: "Open a demo database, creating it with demo data on first use.")
    var demo = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let path = demo ? DemoDatabase.path(environment: environment) : database.path(environment: environment)
        let store = try CommandFailure.wrap { try VisitStore(path: path) }
        if demo { try CommandFailure.wrap { try DemoDatabase.seedIfEmpty(store) } }
        let themeValue = try CommandFailure.wrap {
            try Theme.load(nameOrPath: theme, searchDirectories: ThemeDirectories.search(environment: environment))
        }
        let rules = try CommandFailure.wrap { try RuleConfig.load(environment: environment) }
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend(theme: themeValue, environment: environment)
        } catch {
            throw CommandFailure(message: "\(error)", exitCode: 2)
        }
        defer { backend.shutdown() }
        let playbooks = PlaybookLibrary(directory: PlaybookLibrary.defaultDirectory(environment: environment))
        try DeskRunner(store: store, backend: backend, language: lang ?? Language.fromLocale(environment), rules: rules,
                       playbooks: playbooks, environment: environment).run()
    }
}

extension Language: ExpressibleByArgument {
    /// The UI language the locale asks for: Chinese when `LC_ALL`, `LC_MESSAGES` or `LANG`
    /// (the first one set) starts with `zh`, English otherwise.
    static func fromLocale(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("zh") ? .zh : .en
    }
}

/// Where themes are looked up by name: the user's config, then the package's `themes/`.
enum ThemeDirectories {
    static func search(environment: [String: String]) -> [URL] {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        let packageThemes = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("themes")
        return [URL(fileURLWithPath: config).appendingPathComponent("visitdesk/themes"), packageThemes]
    }
}
