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
