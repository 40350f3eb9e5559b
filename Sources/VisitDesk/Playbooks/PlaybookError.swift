/// Why a playbook could not be loaded. Every case names the file, and the line where the
/// problem is (for a missing key: the line of the table that lacks it). Keys are written
/// as paths with indices counted from 1, e.g. `stages[3].items[2].text.en`.
public enum PlaybookError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case syntax(file: String, line: Int, column: Int, message: String)
    case missingKey(file: String, line: Int, key: String)
    case wrongType(file: String, line: Int, key: String, expected: String)
    case unknownKey(file: String, line: Int, key: String)
    case emptyValue(file: String, line: Int, key: String)
    /// A value holds a control character or a bidirectional override (named as `U+001B (escape)`).
    case unsafeCharacter(file: String, line: Int, key: String, character: String)
    case unknownRole(file: String, line: Int, value: String)
    case unknownPurpose(file: String, line: Int, value: String)
    /// `check` names no record check (`RecordCheck.names`).
    case unknownCheck(file: String, line: Int, value: String)
    case duplicateStageID(file: String, line: Int, id: String)
    case duplicateItemID(file: String, line: Int, id: String)
    /// A playbook id already taken by a built-in playbook or another file.
    case duplicatePlaybookID(file: String, id: String, takenBy: String)
    /// A built-in playbook (`agent.toml`, `debtor.toml`) is missing or broken: the
    /// installation lost or damaged VisitDesk's resource folder.
    case builtInUnavailable(file: String, reason: String)

    /// The file the problem is in.
    public var file: String {
        switch self {
        case .unreadable(let file, _), .syntax(let file, _, _, _), .missingKey(let file, _, _),
             .wrongType(let file, _, _, _), .unknownKey(let file, _, _), .emptyValue(let file, _, _),
             .unsafeCharacter(let file, _, _, _),
             .unknownRole(let file, _, _), .unknownPurpose(let file, _, _), .unknownCheck(let file, _, _),
             .duplicateStageID(let file, _, _), .duplicateItemID(let file, _, _),
             .duplicatePlaybookID(let file, _, _), .builtInUnavailable(let file, _):
            file
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot read the playbook: \(reason)"
        case .syntax(let file, let line, let column, let message):
            "\(file):\(line):\(column): not valid TOML: \(message)"
        case .missingKey(let file, let line, let key):
            "\(file):\(line): missing key \(key)"
        case .wrongType(let file, let line, let key, let expected):
            "\(file):\(line): \(key) must be \(expected)"
        case .unknownKey(let file, let line, let key):
            "\(file):\(line): unknown key \(key) (check its spelling)"
        case .emptyValue(let file, let line, let key):
            "\(file):\(line): \(key) must not be empty"
        case .unsafeCharacter(let file, let line, let key, let character):
            "\(file):\(line): \(key) holds \(character); remove it (control characters and bidirectional overrides are not allowed)"
        case .unknownRole(let file, let line, let value):
            "\(file):\(line): role \"\(value)\" is unknown; use one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))"
        case .unknownPurpose(let file, let line, let value):
            "\(file):\(line): purpose \"\(value)\" is unknown; use one of: \(ItemPurpose.allCases.map(\.rawValue).joined(separator: ", "))"
        case .unknownCheck(let file, let line, let value):
            "\(file):\(line): check \"\(value)\" is unknown; use one of: \(RecordCheck.names.joined(separator: ", "))"
        case .duplicateStageID(let file, let line, let id):
            "\(file):\(line): stage id \"\(id)\" is used twice; stage ids must be unique"
        case .duplicateItemID(let file, let line, let id):
            "\(file):\(line): item id \"\(id)\" is used twice; item ids must be unique in a playbook"
        case .duplicatePlaybookID(let file, let id, let takenBy):
            "\(file): playbook id \"\(id)\" is already used by \(takenBy); choose another id"
        case .builtInUnavailable(let file, let reason):
            "built-in playbook \(file) could not be loaded: \(reason). Reinstall VisitDesk and keep the "
                + "\(BuiltInPlaybookFolder.bundleName) folder next to the visitdesk program"
        }
    }

    /// The problem as the desk and `visitdesk playbooks` show it. A custom file's problem
    /// keeps its technical detail (file, line, key) in English in both languages.
    public var message: LocalizedText {
        switch self {
        case .builtInUnavailable(let file, let reason):
            LocalizedText(
                zh: "内置清单 \(file) 无法载入（\(reason)）。请重新安装 VisitDesk，并把 \(BuiltInPlaybookFolder.bundleName) 文件夹放在 visitdesk 程序旁边",
                en: description)
        default:
            LocalizedText(zh: "已跳过有误的清单文件：\(description)", en: "skipped: \(description)")
        }
    }
}
