import Foundation
import VisitDesk

/// Which team server a command or the desk uses: `--pg`, else `VISITDESK_PG`, else `[team] server`
/// in the configuration file, else the address `enroll` saved (`$XDG_CONFIG_HOME/visitdesk/server.url`).
public enum ServerSetting {
    public static func savedAddressPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        DeviceIdentityFiles(environment: environment).folder + "/server.url"
    }

    /// The address in effect; nil when none is configured anywhere.
    public static func address(explicit: String?, config: VisitDeskConfig,
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws(ServerError) -> ServerAddress? {
        let saved = try? String(contentsOfFile: savedAddressPath(environment: environment), encoding: .utf8)
        let candidates = [explicit, environment["VISITDESK_PG"], config.teamServer, saved?.trimmingCharacters(in: .whitespacesAndNewlines)]
        guard let text = candidates.compactMap({ $0 }).first(where: { !$0.isEmpty }) else { return nil }
        return try ServerAddress.parse(text, environment: environment)
    }

    /// The address in effect, or `ServerError.noServer`.
    public static func requiredAddress(explicit: String?, config: VisitDeskConfig,
                                       environment: [String: String] = ProcessInfo.processInfo.environment) throws(ServerError) -> ServerAddress {
        guard let address = try address(explicit: explicit, config: config, environment: environment) else { throw .noServer }
        return address
    }

    /// Keeps `address` (it holds no password) for later commands and the desk, mode 0600.
    public static func save(_ address: ServerAddress, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ServerError) {
        let path = savedAddressPath(environment: environment)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data((address.description + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        } catch {
            throw .refused(reason: "cannot write \(path): \(error.localizedDescription)")
        }
    }
}
