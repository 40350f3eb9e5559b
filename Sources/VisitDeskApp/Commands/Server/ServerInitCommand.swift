import ArgumentParser
import TeamServer
import VisitDesk

/// `visitdesk server init --pg URL`: creates the team's schema, or brings it to this program's
/// version; run again, it changes nothing.
struct ServerInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the team's schema in PostgreSQL 15+ (or migrate it to this version); the login must be allowed to create roles.")

    @OptionGroup var server: ServerOptions

    func run() throws {
        let config = try server.config()
        let connection = try server.connect(config, requiringSchema: false)
        defer { connection.close() }
        let (found, now) = try ServerMigrator.migrate(connection)
        let place = connection.address.description
        let message = if found == 0 {
            LocalizedText(zh: "已在 \(place) 创建结构版本 \(now)", en: "created schema version \(now) on \(place)")
        } else if found < now {
            LocalizedText(zh: "已把 \(place) 的结构从版本 \(found) 升级到 \(now)", en: "migrated schema version \(found) to \(now) on \(place)")
        } else {
            LocalizedText(zh: "\(place) 的结构已是版本 \(now)；没有更改", en: "schema already at version \(now) on \(place); nothing changed")
        }
        CommandOutput.print(message[server.language(config)])
    }
}
