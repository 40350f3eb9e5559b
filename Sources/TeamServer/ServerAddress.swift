import Foundation
import VisitDesk

/// Where the team's PostgreSQL is, from a libpq-style URL: `postgresql://USER@HOST:PORT/DB?sslmode=require`,
/// or a Unix socket folder as `postgresql://USER@/DB?host=/run/postgresql`. It never holds a
/// password (see `PasswordFile`), so it can be shown and stored as it is.
public struct ServerAddress: Hashable, Sendable, CustomStringConvertible {
    public enum TLSMode: String, Sendable { case disable, prefer, require }

    public var user: String
    /// A host name, or the folder holding the server's Unix socket.
    public var host: String
    public var port: Int
    public var database: String
    public var tls: TLSMode

    public var isUnixSocket: Bool { host.hasPrefix("/") }
    /// `FOLDER/.s.PGSQL.PORT`, as libpq names it.
    public var socketPath: String { "\(host)/.s.PGSQL.\(port)" }

    public init(user: String, host: String, port: Int = 5432, database: String, tls: TLSMode = .prefer) {
        self.user = user
        self.host = host
        self.port = port
        self.database = database
        self.tls = tls
    }

    public static func parse(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ServerError) -> ServerAddress {
        let shown = SafeText.neutralised(text)
        func bad(_ reason: String) -> ServerError { .badAddress(address: shown, reason: reason) }
        guard let components = URLComponents(string: text), let scheme = components.scheme,
              scheme == "postgresql" || scheme == "postgres" else {
            throw bad("it must start with postgresql://")
        }
        if components.password != nil { throw .passwordInAddress }
        var query: [String: String] = [:]
        for item in components.queryItems ?? [] { query[item.name] = item.value ?? "" }
        if query["password"] != nil { throw .passwordInAddress }
        let host = query["host"] ?? components.host.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGHOST"] ?? "/var/run/postgresql"
        let portText = query["port"] ?? components.port.map(String.init) ?? environment["PGPORT"] ?? "5432"
        guard let port = Int(portText), (1...65_535).contains(port) else { throw bad("the port \(portText) is not 1–65535") }
        let user = components.user.flatMap { $0.isEmpty ? nil : $0 } ?? query["user"] ?? environment["PGUSER"] ?? ""
        guard !user.isEmpty else { throw bad("it names no user (postgresql://USER@HOST/DATABASE)") }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let database = path.isEmpty ? (query["dbname"] ?? user) : path
        let modeText = query["sslmode"] ?? "prefer"
        let tls: TLSMode
        switch modeText {
        case "disable", "allow": tls = .disable
        case "prefer": tls = .prefer
        case "require", "verify-ca", "verify-full": tls = .require
        default: throw bad("sslmode \(modeText) is not disable, prefer or require")
        }
        return ServerAddress(user: user, host: host, port: port, database: database, tls: tls)
    }

    /// The address as a URL, without a password.
    public var description: String {
        var components = URLComponents()
        components.scheme = "postgresql"
        components.user = user
        var items: [URLQueryItem] = []
        if isUnixSocket {
            components.host = ""
            items.append(URLQueryItem(name: "host", value: host))
            if port != 5432 { items.append(URLQueryItem(name: "port", value: String(port))) }
        } else {
            components.host = host
            if port != 5432 { components.port = port }
        }
        components.path = "/" + database
        if tls != .prefer { items.append(URLQueryItem(name: "sslmode", value: tls.rawValue)) }
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? "postgresql://\(user)@\(host)/\(database)"
    }

    /// The same server and database, logged into as `user`.
    public func loggedIn(as user: String) -> ServerAddress {
        var copy = self
        copy.user = user
        return copy
    }
}
