import Foundation

/// The playbooks a visit can use: the built-in ones, then custom ones loaded from TOML
/// files. A file that fails to load (built-in or custom) is left out and its error kept in
/// `problems`, so one broken file never hides the others.
public struct PlaybookLibrary: Sendable {
    /// Built-in playbooks first, then custom ones in file-name order.
    public private(set) var playbooks: [Playbook]
    /// Why some files were left out: built-in ones first, then custom ones.
    public private(set) var problems: [PlaybookError]

    /// A library of the built-in playbooks only.
    public init() {
        self.init(builtIn: BuiltInPlaybooks.all, problems: BuiltInPlaybooks.problems)
    }

    /// A library of the given built-in playbooks and the problems met loading them.
    init(builtIn: [Playbook], problems: [PlaybookError]) {
        playbooks = builtIn
        self.problems = problems
    }

    /// The built-in playbooks plus every `*.toml` file in `directory` (a missing
    /// directory simply adds nothing).
    public init(directory: URL) {
        self.init()
        addFiles(in: directory)
    }

    /// Adds every `*.toml` file in `directory`, in file-name order.
    mutating func addFiles(in directory: URL) {
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

    /// Adds a custom playbook; its id must not be taken yet, and the built-in ids are
    /// always taken, even when that built-in file could not be loaded. `file` names it in errors.
    public mutating func add(_ playbook: Playbook, from file: String) throws(PlaybookError) {
        if BuiltInPlaybooks.ids.contains(playbook.id) {
            throw PlaybookError.duplicatePlaybookID(file: file, id: playbook.id, takenBy: "a built-in playbook")
        }
        if playbooks.contains(where: { $0.id == playbook.id }) {
            throw PlaybookError.duplicatePlaybookID(file: file, id: playbook.id, takenBy: "another custom playbook")
        }
        playbooks.append(playbook)
    }
}
