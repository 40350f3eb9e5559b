import Foundation
import VisitDesk

/// Finds the password for an address the way libpq does, so none is ever typed on a command
/// line: `PGPASSWORD`, else the first matching line `host:port:database:user:password` of
/// `PGPASSFILE`, of VisitDesk's own `pgpass` beside its configuration (written by `enroll`), or
/// of `~/.pgpass`. A file readable by anyone but its owner is ignored, as libpq ignores it.
public struct PasswordFile: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// VisitDesk's own password file: `$XDG_CONFIG_HOME/visitdesk/pgpass`.
    public static func visitDesk(environment: [String: String] = ProcessInfo.processInfo.environment) -> PasswordFile {
        PasswordFile(path: DeviceIdentityFiles(environment: environment).folder + "/pgpass")
    }

    public static func password(for address: ServerAddress,
                                environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        var files: [PasswordFile] = []
        if let explicit = environment["PGPASSFILE"], !explicit.isEmpty { files.append(PasswordFile(path: explicit)) }
        files.append(visitDesk(environment: environment))
        if let home = environment["HOME"], !home.isEmpty { files.append(PasswordFile(path: home + "/.pgpass")) }
        return files.lazy.compactMap { $0.password(for: address) }.first
    }

    /// The password this file holds for `address`, if it is private and has a matching line.
    public func password(for address: ServerAddress) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = attributes[.posixPermissions] as? Int, mode & 0o077 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let wanted = [address.isUnixSocket ? "localhost" : address.host, String(address.port), address.database, address.user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = Self.fields(of: String(line))
            guard fields.count == 5 else { continue }
            let matches = zip(fields.prefix(4), wanted).allSatisfy { field, value in
                field == "*" || field == value || (value == "localhost" && field == address.host)
            }
            if matches { return fields[4] }
        }
        return nil
    }

    /// Adds (or replaces) the line for `address`; the file is kept 0600 and written whole.
    public func store(password: String, for address: ServerAddress) throws(ServerError) {
        let key = [address.isUnixSocket ? "localhost" : address.host, String(address.port), address.database, address.user]
            .map(Self.escaped)
        let prefix = key.joined(separator: ":") + ":"
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var lines = existing.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.hasPrefix(prefix) }
        lines.append(prefix + Self.escaped(password))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let temporary = path + ".\(UUID().uuidString).tmp"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            guard FileManager.default.createFile(atPath: temporary, contents: Data((lines.joined(separator: "\n") + "\n").utf8),
                                                 attributes: [.posixPermissions: 0o600]) else {
                throw ServerError.refused(reason: "cannot write \(path)")
            }
            // rename(2), not replaceItemAt: that fails on Linux when there is no file to replace yet.
            guard rename(temporary, path) == 0 else {
                throw ServerError.refused(reason: "cannot write \(path): \(String(cString: strerror(errno)))")
            }
        } catch let error as ServerError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .refused(reason: "cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// A line's fields: `:` separates them, `\:` and `\\` stand for themselves.
    static func fields(of line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaping = false
        for character in line {
            if escaping { current.append(character); escaping = false }
            else if character == "\\" { escaping = true }
            else if character == ":" { fields.append(current); current = "" }
            else { current.append(character) }
        }
        fields.append(current)
        return fields
    }

    static func escaped(_ field: String) -> String {
        field.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ":", with: "\\:")
    }
}
