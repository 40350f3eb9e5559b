import ArgumentParser
import Foundation
import TeamServer
import VisitDesk

/// `--pg URL` and `--lang`, shared by the supervisor's `server` subcommands. The URL never holds
/// the password: it comes from `PGPASSWORD`, `PGPASSFILE`, VisitDesk's `pgpass` or `~/.pgpass`.
struct ServerOptions: ParsableArguments {
    @Option(name: .customLong("pg"), help: ArgumentHelp(
        "The team's PostgreSQL as postgresql://USER@HOST:PORT/DATABASE[?sslmode=require] (default: $VISITDESK_PG, else [team] server in the configuration file, else the enrolled server). No password in it: use PGPASSWORD or a pgpass file.",
        valueName: "url"))
    var pg: String?

    @Option(help: "Language of the messages and tables: zh or en (default: the configuration file's, else the locale's).")
    var lang: LanguageChoice?

    /// The configuration file's settings (its language, time zone and `[team] server`).
    func config() throws -> VisitDeskConfig {
        try VisitDeskConfig.load()
    }

    func language(_ config: VisitDeskConfig) -> Language {
        LanguageChoice.resolve(lang, config: config)
    }

    /// Connects to the server in effect; `current` also requires the schema this program knows.
    func connect(_ config: VisitDeskConfig, requiringSchema current: Bool = true) throws -> ServerConnection {
        let address = try ServerSetting.requiredAddress(explicit: pg, config: config)
        let server: ServerConnection
        do {
            server = try ServerConnection.open(address)
        } catch .cannotConnect(_, let reason) where PasswordFile.password(for: address) == nil {
            throw NoPassword(address: address, reason: reason)
        }
        if current {
            do {
                try ServerMigrator.requireCurrent(server)
            } catch {
                server.close()
                throw error
            }
        }
        return server
    }
}
