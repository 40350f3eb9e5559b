import ArgumentParser
import Foundation
import VisitDesk

/// `visitdesk init`: creates an empty database and says where.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty database (the other commands, except demo and import, need one).")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let existed = FileManager.default.fileExists(atPath: database.path)
        let store = try database.openCreating()
        if existed {
            CommandOutput.error("\(store.path) already holds a database; nothing created")
        } else {
            CommandOutput.error("created an empty database at \(store.path)")
        }
    }
}
