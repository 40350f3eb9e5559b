import Foundation

/// A private PostgreSQL cluster for one test: `scripts/pg-test-cluster` runs initdb into a
/// temporary folder (as a non-root user), starts it on a Unix socket there and on 127.0.0.1
/// with TLS, and `stop` stops that cluster and nothing else. The superuser is `supervisor`.
public final class PostgresCluster: @unchecked Sendable {
    public let folder: String
    public let port: Int
    public let superuserPassword: String
    private var stopped = false

    public static let script: String = {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent("scripts/pg-test-cluster").path
    }()

    public init() throws {
        folder = "/tmp/vd-pg-\(UUID().uuidString.prefix(8).lowercased())"
        let started = try Subprocess.run(["bash", PostgresCluster.script, "start", folder], timeout: 120)
        guard started.status == 0, let port = Int(started.output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            _ = try? Subprocess.run(["bash", PostgresCluster.script, "stop", folder], timeout: 60)
            throw SubprocessError(message: "the test cluster did not start: \(started.errors)\(started.output)")
        }
        self.port = port
        superuserPassword = try String(contentsOfFile: folder + "/password", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    deinit { stop() }

    public func stop() {
        guard !stopped else { return }
        stopped = true
        _ = try? Subprocess.run(["bash", PostgresCluster.script, "stop", folder], timeout: 60)
    }

    /// `postgresql://USER@/DATABASE?host=FOLDER&port=PORT`: the Unix socket, no password.
    public func url(user: String = "supervisor", database: String) -> String {
        "postgresql://\(user)@/\(database)?host=\(folder)&port=\(port)"
    }

    /// The same over TCP on 127.0.0.1 with `sslmode=require`.
    public func tlsURL(user: String = "supervisor", database: String) -> String {
        "postgresql://\(user)@127.0.0.1:\(port)/\(database)?sslmode=require"
    }

    /// A new, empty database; its name.
    @discardableResult
    public func createDatabase(_ name: String = "team_\(UUID().uuidString.prefix(8).lowercased())") throws -> String {
        let result = try psql(["-d", "postgres", "-c", "CREATE DATABASE \(name)"])
        guard result.status == 0 else { throw SubprocessError(message: "cannot create \(name): \(result.errors)") }
        return name
    }

    /// Runs psql on the socket as `user` with `password` (the superuser's when nil).
    public func psql(_ arguments: [String], user: String = "supervisor", password: String? = nil) throws -> Subprocess.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = password ?? superuserPassword
        environment.removeValue(forKey: "PGPASSFILE")
        return try Subprocess.run(["psql", "-h", folder, "-p", String(port), "-U", user, "-X", "-q", "-A", "-t",
                                   "-v", "ON_ERROR_STOP=1"] + arguments, environment: environment, timeout: 60)
    }
}
