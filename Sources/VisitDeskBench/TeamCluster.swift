import Foundation
import TeamServer

/// A private PostgreSQL cluster for the team benchmark, started with `scripts/pg-test-cluster`
/// in a folder of its own and stopped (folder removed) by `stop`; never the machine's own.
struct TeamCluster {
    let folder: String
    let port: Int
    let password: String
    let database = "team_bench"

    static let script: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent("scripts/pg-test-cluster").path
    }()

    static func start() throws -> TeamCluster {
        let folder = "/tmp/vd-pg-bench-\(ProcessInfo.processInfo.processIdentifier)"
        let started = try run(["bash", script, "start", folder])
        guard let port = Int(started.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchFailure("pg-test-cluster did not print a port: \(started)")
        }
        let password = try String(contentsOfFile: folder + "/password", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let cluster = TeamCluster(folder: folder, port: port, password: password)
        _ = try cluster.psql(database: "postgres", "CREATE DATABASE \(cluster.database)")
        return cluster
    }

    func stop() {
        _ = try? TeamCluster.run(["bash", TeamCluster.script, "stop", folder])
    }

    var address: ServerAddress {
        get throws { try ServerAddress.parse("postgresql://supervisor@/\(database)?host=\(folder)&port=\(port)") }
    }

    /// Runs `sql` with psql as the superuser; with `input`, psql's standard input is fed from it
    /// (for `\copy … FROM pstdin`), one chunk at a time so nothing large is held.
    @discardableResult
    func psql(database: String? = nil, _ sql: String, input: ((FileHandle) throws -> Void)? = nil) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = password
        environment.removeValue(forKey: "PGPASSFILE")
        let result = try Spawned.run(["psql", "-h", folder, "-p", String(port), "-U", "supervisor", "-d", database ?? self.database,
                                      "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql], environment: environment, feed: input)
        guard result.status == 0 else { throw BenchFailure("psql failed (\(result.status)) on: \(sql.prefix(120))") }
        return result.output
    }

    private static func run(_ arguments: [String]) throws -> String {
        let result = try Spawned.run(arguments)
        guard result.status == 0 else { throw BenchFailure("\(arguments.joined(separator: " ")) failed") }
        return result.output
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
