import Foundation
import TeamServer
import TestSupport
import Testing

@Suite struct ServerSchemaTests {
    @Test func initCreatesTheSchemaOnceAndAgainChangesNothing() throws {
        let cluster = try PostgresCluster()
        defer { cluster.stop() }
        let database = try cluster.createDatabase()
        let server = try ServerConnection.open(try ServerAddress.parse(cluster.url(database: database)),
                                               password: cluster.superuserPassword)
        defer { server.close() }
        #expect(try ServerMigrator.installedVersion(server) == 0)
        let first = try ServerMigrator.migrate(server)
        #expect(first.found == 0 && first.now == ServerSchema.current)
        let again = try ServerMigrator.migrate(server)
        #expect(again.found == ServerSchema.current && again.now == ServerSchema.current)
        let tables = try cluster.psql(["-d", database, "-c", "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"])
        #expect(tables.output.trimmingCharacters(in: .whitespacesAndNewlines) == "11")
    }
}
