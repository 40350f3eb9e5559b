import Foundation
import Logging
import NIOSSL
import PostgresNIO
import VisitDesk

/// One connection to the team's PostgreSQL, used from synchronous code: each `run` waits for
/// its work on the connection's event loop. Commands and the desk's background sync are
/// synchronous threads, never the cooperative pool, so waiting here blocks nothing else.
public final class ServerConnection: @unchecked Sendable {
    public let address: ServerAddress
    let connection: PostgresConnection
    let logger: Logger

    private init(address: ServerAddress, connection: PostgresConnection, logger: Logger) {
        self.address = address
        self.connection = connection
        self.logger = logger
    }

    /// Connects to `address` with `password` (from `PasswordFile` when nil).
    public static func open(_ address: ServerAddress, password: String? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(ServerError) -> ServerConnection {
        let password = password ?? PasswordFile.password(for: address, environment: environment)
        let logger = {
            var logger = Logger(label: "visitdesk.server")
            logger.logLevel = .critical
            return logger
        }()
        let configuration: PostgresConnection.Configuration
        do {
            if address.isUnixSocket {
                configuration = .init(unixSocketPath: address.socketPath, username: address.user, password: password, database: address.database)
            } else {
                var tls = TLSConfiguration.makeClientConfiguration()
                // sslmode=require as libpq means it: encrypted, the certificate not checked.
                tls.certificateVerification = .none
                let context = try NIOSSLContext(configuration: tls)
                let mode: PostgresConnection.Configuration.TLS = switch address.tls {
                case .disable: .disable
                case .prefer: .prefer(context)
                case .require: .require(context)
                }
                configuration = .init(host: address.host, port: address.port, username: address.user, password: password,
                                      database: address.database, tls: mode)
            }
        } catch {
            throw .cannotConnect(address: address.description, reason: "TLS: \(error)")
        }
        let opened = Blocking.wait { () async throws -> PostgresConnection in
            try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        }
        switch opened {
        case .success(let connection):
            return ServerConnection(address: address, connection: connection, logger: logger)
        case .failure(let error):
            throw .cannotConnect(address: address.description, reason: ServerConnection.reason(of: error))
        }
    }

    /// Runs `body` on the connection and waits for it; a server error becomes `ServerError.refused`.
    public func run<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T) throws(ServerError) -> T {
        let connection = connection
        let logger = logger
        switch Blocking.wait({ try await body(connection, logger) }) {
        case .success(let value): return value
        case .failure(let error as ServerError): throw error
        case .failure(let error as PostgresTransactionError) where error.closureError is ServerError:
            throw error.closureError as! ServerError
        case .failure(let error): throw .refused(reason: ServerConnection.reason(of: error))
        }
    }

    /// Runs `sql` (several statements, no parameters) in one transaction.
    public func execute(script sql: String) throws(ServerError) {
        let statements = SQLScript.statements(of: sql)
        try run { connection, logger in
            try await connection.withTransaction(logger: logger) { connection in
                for statement in statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
            }
        }
    }

    public func close() {
        let connection = connection
        _ = Blocking.wait { try await connection.close() }
    }

    /// What went wrong, in words a person can act on: the server's own message when it sent one.
    public static func reason(of error: any Error) -> String {
        if let transaction = error as? PostgresTransactionError,
           let cause = transaction.closureError ?? transaction.commitError ?? transaction.beginError {
            return reason(of: cause)
        }
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let detail = error.serverInfo?[.detail].map { " (\($0))" } ?? ""
                return SafeText.neutralised(message + detail)
            }
            return SafeText.neutralised("\(error.code)" + (error.underlying.map { ": \($0)" } ?? ""))
        }
        return SafeText.neutralised(String(describing: error))
    }
}

/// Waits on the calling thread for async work run on a task of its own. The task runs on
/// `BlockingExecutor`'s threads, never the cooperative pool: a caller that is itself on the pool
/// (a test, an async command) would otherwise wait for a thread it is holding.
enum Blocking {
    private final class Box<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }

    static func wait<T>(_ work: @escaping @Sendable () async throws -> T) -> Result<T, any Error> {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: BlockingExecutor.shared) {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return box.result!
    }
}

/// Runs task jobs on Dispatch's threads, outside the cooperative pool.
final class BlockingExecutor: TaskExecutor {
    static let shared = BlockingExecutor()
    private let queue = DispatchQueue(label: "visitdesk.server", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
