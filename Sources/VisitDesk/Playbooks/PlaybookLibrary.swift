import Foundation

/// The playbooks a visit can use: the built-in ones, then custom ones loaded from TOML
/// files. A file that fails to load is left out and its error kept in `problems`, so one
/// broken file never hides the others.
public struct PlaybookLibrary: Sendable {
    /// Built-in playbooks first, then custom ones in file-name order.
    public private(set) var playbooks: [Playbook]
    /// Why some custom files were left out.
    public private(set) var problems: [PlaybookError]

    /// A library of the built-in playbooks only.
    public init() {
        playbooks = BuiltInPlaybooks.all
        problems = []
    }

    /// The built-in playbooks plus every `*.toml` file in `directory` (a missing
    /// directory simply adds nothing).
    public init(directory: URL) {
        self.init()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names.filter({ $0.hasSuffix(".toml") }).sorted() {
            do {
                try add(PlaybookTOML.load(contentsOf: directory.appendingPathComponent(name)), from: name)
            } catch {
                problems.append(error)
            }
        }
    }

    /// `$XDG_CONFIG_HOME/visitdesk/playbooks`, or `~/.config/visitdesk/playbooks` when
    /// `XDG_CONFIG_HOME` is unset, empty or not an absolute path.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let config: URL
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            config = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            config = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config", isDirectory: true)
        }
        return config.appendingPathComponent("visitdesk/playbooks", isDirectory: true)
    }

    /// The playbook with this id.
    public func playbook(id: String) -> Playbook? {
        playbooks.first { $0.id == id }
    }

    /// The playbooks written for `role`, built-in first.
    public func playbooks(for role: Role) -> [Playbook] {
        playbooks.filter { $0.role == role }
    }

    /// Adds a custom playbook; its id must not be taken yet. `file` names it in errors.
    public mutating func add(_ playbook: Playbook, from file: String) throws(PlaybookError) {
        if let taken = playbooks.firstIndex(where: { $0.id == playbook.id }) {
            let owner = taken < BuiltInPlaybooks.all.count ? "a built-in playbook" : "another custom playbook"
            throw PlaybookError.duplicatePlaybookID(file: file, id: playbook.id, takenBy: owner)
        }
        playbooks.append(playbook)
    }
}
