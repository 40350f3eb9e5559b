import Foundation
import TestSupport

/// The built `visitdesk` as one person runs it on their own laptop: a home, configuration and
/// database of their own in a temporary folder, English messages, and a PostgreSQL password in
/// the environment only when one is given (the supervisor's); no other PG* setting leaks in.
struct TeamCommandLine {
    let binary: String
    let home: String
    let environment: [String: String]

    init(password: String? = nil) throws {
        binary = try BuiltProducts.path("visitdesk")
        home = FileManager.default.temporaryDirectory.appendingPathComponent("vd-team-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") && !$0.key.hasPrefix("VISITDESK") }
        environment["HOME"] = home
        environment["XDG_CONFIG_HOME"] = home + "/config"
        environment["XDG_DATA_HOME"] = home + "/data"
        environment["VISITDESK_DB"] = home + "/visitdesk.sqlite"
        environment["LC_ALL"] = "C.UTF-8"
        environment["PGPASSWORD"] = password
        self.environment = environment
    }

    var configFolder: String { home + "/config/visitdesk" }

    func run(_ arguments: [String]) throws -> Subprocess.Result {
        try Subprocess.run([binary] + arguments, environment: environment, timeout: 120)
    }

    /// The mode bits of a file in the configuration folder.
    func mode(of file: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: configFolder + "/" + file)
        return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: home)
    }
}

extension Subprocess.Result {
    /// The last non-empty line of stdout.
    var lastLine: String {
        output.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
    }
}
