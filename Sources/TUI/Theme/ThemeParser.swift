import TOMLKit

/// Turns theme TOML into a `Theme`, reporting the first problem (by line) as a
/// `ThemeError` with its file, line and key.
struct ThemeParser {
    let source: String
    let file: String

    private static let attributeKeys = ["fg", "bg", "bold", "reverse", "underline"]
    private static let colourHelp = "use a colour name (\(ThemeColor.names.joined(separator: ", ")), default), 0–255 or \"#rrggbb\""

    func parse() throws(ThemeError) -> Theme {
        let locator = KeyLineLocator(source: source)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            let line = error.source.begin.line
            throw ThemeError(file: file, line: line, key: locator.key(onLine: line), message: "bad TOML syntax: \(error.description)")
        } catch {
            throw ThemeError(file: file, message: "bad TOML syntax: \(error)")
        }

        var problems: [ThemeError] = []
        func problem(_ path: [String], _ message: String) {
            problems.append(ThemeError(file: file, line: locator.line(of: path), key: path.joined(separator: "."), message: message))
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

/// Finds the line on which a dotted key is set, for error messages (TOMLKit does not
/// report positions of values). Understands `[table]` headers, dotted keys and
/// one-line inline tables, which is what theme files use.
struct KeyLineLocator {
    private var lines: [String: Int] = [:]
    private var keysByLine: [Int: String] = [:]

    init(source: String) {
        var table: [String] = []
        for (index, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = rawLine.trimming(" \t\r")
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                let header = line.trimming("[] \t")
                table = Self.keyParts(header.split(separator: "]").first.map(String.init) ?? header)
                record(table, line: number)
            } else if let equals = line.firstIndex(of: "=") {
                let path = table + Self.keyParts(String(line[..<equals]))
                record(path, line: number)
                keysByLine[number] = path.joined(separator: ".")
                let value = line[line.index(after: equals)...]
                if let open = value.firstIndex(of: "{") {
                    for entry in value[value.index(after: open)...].split(separator: ",") {
                        if let innerEquals = entry.firstIndex(of: "=") {
                            record(path + Self.keyParts(String(entry[..<innerEquals])), line: number)
                        }
                    }
                }
            }
        }
    }

    /// The line of the longest leading part of `path` that the source sets.
    func line(of path: [String]) -> Int? {
        for length in stride(from: path.count, through: 1, by: -1) {
            if let line = lines[path.prefix(length).joined(separator: ".")] { return line }
        }
        return nil
    }

    /// The dotted key set on `line`, if any.
    func key(onLine line: Int) -> String? {
        keysByLine[line]
    }

    private mutating func record(_ path: [String], line: Int) {
        let key = path.joined(separator: ".")
        if lines[key] == nil { lines[key] = line }
    }

    private static func keyParts(_ text: String) -> [String] {
        text.split(separator: ".").map { $0.trimming(" \t\"'") }
    }
}

private extension StringProtocol {
    func trimming(_ characters: String) -> String {
        let set = Set(characters)
        return String(drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed())
    }
}
