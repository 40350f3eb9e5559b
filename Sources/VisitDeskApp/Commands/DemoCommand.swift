import ArgumentParser
import VisitDesk

/// `visitdesk demo`: fills a database with the demo cases and past visits.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write the demo cases and past visits into a database (no screen).")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.openCreating()
        if try store.insertDemoData() {
            CommandOutput.error("wrote \(DemoData.cases.count) demo cases and \(DemoData.visits.count) past visits to \(store.path)")
        } else {
            CommandOutput.error("\(store.path) already holds the demo data; nothing written")
        }
    }
}
