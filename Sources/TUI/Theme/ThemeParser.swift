import TOMLGate
import TOMLKit

/// Turns theme TOML into a `Theme`, reporting the first problem (by line) as a
/// `ThemeError` with its file, line and key.
struct ThemeParser {
    let source: String
    let file: String

    private static let attributeKeys = ["fg", "bg", "bold", "reverse", "underline"]
    private static let colourHelp = "use a colour name (\(ThemeColor.names.joined(separator: ", ")), default), 0–255 or \"#rrggbb\""

    func parse() throws(ThemeError) -> Theme {
        let locator = TOMLKeyLocator(source: source)
        let table: TOMLTable
        do {
            table = try TOMLGate.parse(source)
        } catch {
            throw ThemeError(
                file: file, line: error.line, key: locator.key(onLine: error.line),
                message: "bad TOML syntax at column \(error.column): \(error.message)")
        }

        var problems: [ThemeError] = []
        func problem(_ path: [String], _ message: String) {
            problems.append(ThemeError(file: file, line: locator.line(of: path), key: path.joined(separator: "."), message: message))
        }

        checkPrintable(table, path: [], problem: problem)
        if let first = problems.min(by: { ($0.line ?? .max) < ($1.line ?? .max) }) {
            throw first
        }

        var name = String(file.split(separator: "/").last ?? Substring(file))
        if name.hasSuffix(".toml") { name = String(name.dropLast(".toml".count)) }
        var roles: [StyleRole: RoleStyle] = [:]
        for key in table.keys {
            let value = table[key]!
            switch key {
            case "name", "description":
                if let text = value.string {
                    if key == "name" { name = text }
                } else {
                    problem([key], "expected a string")
                }
            case "roles":
                guard let rolesTable = value.table else {
                    problem([key], "expected a [roles] table")
                    continue
                }
                for roleName in rolesTable.keys {
                    let path = ["roles", roleName]
                    guard let role = StyleRole(rawValue: roleName) else {
                        problem(path, "unknown role \"\(roleName)\"; roles are \(StyleRole.allCases.map(\.rawValue).joined(separator: ", "))")
                        continue
                    }
                    guard let attributes = rolesTable[roleName]?.table else {
                        problem(path, "expected a table such as { fg = \"red\", bold = true }")
                        continue
                    }
                    roles[role] = roleStyle(attributes, path: path, problem: problem)
                }
            default:
                problem([key], "unknown key; a theme has name, description and [roles]")
            }
        }
        if let first = problems.min(by: { ($0.line ?? .max) < ($1.line ?? .max) }) {
            throw first
        }
        return Theme(name: name, roles: roles)
    }

    /// Reports every key and string of `table` (and the tables in it) that holds a
    /// character a theme may not hold, naming it as `\u{1B}`.
    private func checkPrintable(_ table: TOMLTable, path: [String], problem: ([String], String) -> Void) {
        for key in table.keys {
            let keyPath = path + [ThemeText.shown(key)]
            let value = table[key]!
            if let scalar = ThemeText.firstNonPrintable(in: key) {
                problem(keyPath, "the key holds the non-printable character \(ThemeText.shown(String(scalar))); a theme holds only names and colours")
            } else if let text = value.string, let scalar = ThemeText.firstNonPrintable(in: text) {
                problem(keyPath, "the value \"\(ThemeText.shown(text))\" holds the non-printable character \(ThemeText.shown(String(scalar))); a theme holds only names and colours")
            } else if let inner = value.table {
                checkPrintable(inner, path: keyPath, problem: problem)
            }
        }
    }

    private func roleStyle(_ table: TOMLTable, path: [String], problem: ([String], String) -> Void) -> RoleStyle {
        var style = RoleStyle()
        for key in table.keys {
            let value = table[key]!
            let keyPath = path + [key]
            switch key {
            case "fg", "bg":
                guard let colour = colour(value) else {
                    let shown = value.string.map { "\"\($0)\"" } ?? value.debugDescription
                    problem(keyPath, "unknown colour \(shown); \(Self.colourHelp)")
                    continue
                }
                if key == "fg" { style.foreground = colour } else { style.background = colour }
            case "bold", "reverse", "underline":
                guard let flag = value.bool else {
                    problem(keyPath, "expected true or false")
                    continue
                }
                switch key {
                case "bold": style.bold = flag
                case "reverse": style.reverse = flag
                default: style.underline = flag
                }
            default:
                problem(keyPath, "unknown attribute; use \(Self.attributeKeys.joined(separator: ", "))")
            }
        }
        return style
    }

    private func colour(_ value: TOMLValueConvertible) -> ThemeColor? {
        if let number = value.int {
            return (0...255).contains(number) ? .indexed(number) : nil
        }
        return value.string.flatMap(ThemeColor.init(name:))
    }
}
