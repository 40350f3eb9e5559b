import Foundation

/// The two playbooks shipped with VisitDesk, one for the visiting agent and one for the
/// debtor being visited. They are TOML files like any custom playbook (`agent.toml` and
/// `debtor.toml` in `Playbooks/BuiltIn`, copied into VisitDesk's resource bundle) and read
/// by the same `PlaybookTOML` loader. Their stage and item ids are stable: stored events
/// refer to them.
///
/// Loading never traps: a missing resource folder or a broken file leaves that playbook out
/// and is reported in `problems`, which `PlaybookLibrary` passes on.
public enum BuiltInPlaybooks {
    /// The ids of the built-in playbooks, agent first; each is read from `<id>.toml`.
    /// These ids stay reserved even when a file could not be loaded.
    public static let ids = ["agent", "debtor"]

    /// What was loaded from the resource bundle, read once per process.
    private static let loaded = load(from: BuiltInPlaybookFolder.located())

    /// The built-in playbooks that loaded, agent first.
    public static var all: [Playbook] { loaded.playbooks }

    /// Why a built-in playbook could not be loaded; empty in a sound installation.
    public static var problems: [PlaybookError] { loaded.problems }

    /// The built-in playbook with this id, if there is one and it loaded.
    public static func playbook(id: String) -> Playbook? {
        all.first { $0.id == id }
    }

    /// The visiting agent's playbook: nine stages from the first reminder to the follow-up.
    public static var agent: Playbook {
        get throws(PlaybookError) { try required(id: "agent") }
    }

    /// The debtor's playbook: eight stages to check the visitors, keep evidence and agree
    /// only to what can really be paid.
    public static var debtor: Playbook {
        get throws(PlaybookError) { try required(id: "debtor") }
    }

    /// The built-in playbook `id`, or the problem that kept it from loading.
    private static func required(id: String) throws(PlaybookError) -> Playbook {
        if let playbook = playbook(id: id) { return playbook }
        throw problems.first { $0.file == fileName(id) }
            ?? .builtInUnavailable(file: fileName(id), reason: "it is not a built-in playbook")
    }

    /// Reads `<id>.toml` for every built-in id from the folder `folder` found, if it found one.
    static func load(from folder: BuiltInPlaybookFolder.Search) -> (playbooks: [Playbook], problems: [PlaybookError]) {
        var playbooks: [Playbook] = []
        var problems: [PlaybookError] = []
        for id in ids {
            let file = fileName(id)
            guard let directory = folder.found else {
                problems.append(.builtInUnavailable(
                    file: file, reason: "no folder of built-in playbooks at " + folder.searched.map(\.path).joined(separator: " or ")))
                continue
            }
            let playbook: Playbook
            do {
                playbook = try PlaybookTOML.load(contentsOf: directory.appendingPathComponent(file))
            } catch {
                problems.append(.builtInUnavailable(file: file, reason: error.description))
                continue
            }
            guard playbook.id == id else {
                problems.append(.builtInUnavailable(file: file, reason: "it holds playbook \"\(playbook.id)\" instead of \"\(id)\""))
                continue
            }
            playbooks.append(playbook)
        }
        return (playbooks, problems)
    }

    private static func fileName(_ id: String) -> String { id + ".toml" }
}
