import ArgumentParser
import VisitDesk

/// `visitdesk demo`: fills a database with the demo cases and past visits.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write the demo cases, past visits and the records between them into a database (no screen), the story set on today.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let config = try VisitDeskConfig.load()
        let store = try database.openCreating()
        if try store.insertDemoData(today: CalendarDay.today(in: config.rules.timeZone)) {
            CommandOutput.error("wrote \(DemoData.cases.count) demo cases, \(DemoData.visits.count) past visits and \(DemoData.caseWork.count) records between visits to \(store.path)")
        } else {
            CommandOutput.error("\(store.path) already holds the demo data; nothing written")
        }
    }
}
