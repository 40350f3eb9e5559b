import ArgumentParser
import Foundation
import TUI

/// `visitdesk themes`: the colour themes `--theme NAME` can name.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the colour themes (from the config directory and the package's themes/).")

    func run() throws {
        let directories = ThemeDirectories.search(environment: ProcessInfo.processInfo.environment)
        for name in Theme.available(in: directories) { CommandOutput.print(name) }
    }
}
