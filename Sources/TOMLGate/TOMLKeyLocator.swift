/// Finds the source line of a key in a TOML text, so that a problem found after parsing
/// (a missing key, a wrong type, an unknown colour) can name its line: TOMLKit keeps no
/// positions for values. Reads the text line by line and understands `[table]` and
/// `[[array.of.tables]]` headers, dotted and quoted keys, one-line inline tables, and
/// multi-line strings (whose lines are not keys).
///
/// A path is a list of keys; an element of an array of tables is written with its 0-based
/// index, as in `["stages[2]", "items[0]", "text", "en"]`.
public struct TOMLKeyLocator: Sendable {
    /// First line on which each dotted path is set or opened by a header.
    private var lines: [String: Int] = [:]
    /// The dotted path set by the `key = value` on a line.
    private var keysByLine: [Int: String] = [:]

    public init(source: String) {
        var table: [String] = []
        /// How many elements each array of tables has so far, by its dotted path.
        var arrayCounts: [String: Int] = [:]
        var inMultilineString = false
        for (offset, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = Self.trimmed(rawLine, " \t\r")
            let wasInMultilineString = inMultilineString
            if Self.togglesMultilineString(line) { inMultilineString.toggle() }
            if wasInMultilineString || line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[[") {
                let keys = Self.resolved(Self.headerKeys(line, brackets: 2), arrayCounts: arrayCounts)
                let array = keys.joined(separator: ".")
                let index = arrayCounts[array, default: 0]
                arrayCounts[array] = index + 1
                record(keys, line: number)
                table = Array(keys.dropLast()) + ["\(keys.last ?? "")[\(index)]"]
                record(table, line: number)
            } else if line.hasPrefix("[") {
                table = Self.resolved(Self.headerKeys(line, brackets: 1), arrayCounts: arrayCounts)
                record(table, line: number)
            } else if let equals = line.firstIndex(of: "=") {
                let path = table + Self.keys(line[..<equals])
                record(path, line: number)
                keysByLine[number] = path.joined(separator: ".")
                let value = line[line.index(after: equals)...]
                if let open = value.firstIndex(of: "{") {
                    for entry in value[value.index(after: open)...].split(separator: ",") {
                        if let innerEquals = entry.firstIndex(of: "=") {
                            record(path + Self.keys(entry[..<innerEquals]), line: number)
                        }
                    }
                }
            }
        }
    }

    /// The line of the longest leading part of `path` that the source sets or opens. An
    /// element of an array of tables that is not there falls back to the key that holds the
    /// array (`stages[4]` to `stages`). Nil when not even the first key is in the source.
    public func line(of path: [String]) -> Int? {
        for length in stride(from: path.count, through: 1, by: -1) {
            let prefix = Array(path.prefix(length))
            if let line = lines[prefix.joined(separator: ".")] { return line }
            if let last = prefix.last, let bracket = last.firstIndex(of: "["),
               let line = lines[(prefix.dropLast() + [String(last[..<bracket])]).joined(separator: ".")] {
                return line
            }
        }
        return nil
    }

    /// The dotted key set on `line`, if that line sets one.
    public func key(onLine line: Int) -> String? {
        keysByLine[line]
    }

    private mutating func record(_ path: [String], line: Int) {
        let key = path.joined(separator: ".")
        if lines[key] == nil { lines[key] = line }
    }

    /// A header's keys with each array of tables among its leading parts replaced by its
    /// latest element: `[[stages.items]]` under the third `[[stages]]` is `stages[2].items`.
    private static func resolved(_ keys: [String], arrayCounts: [String: Int]) -> [String] {
        var resolved: [String] = []
        for (position, key) in keys.enumerated() {
            let path = (resolved + [key]).joined(separator: ".")
            if position < keys.count - 1, let count = arrayCounts[path], count > 0 {
                resolved.append("\(key)[\(count - 1)]")
            } else {
                resolved.append(key)
            }
        }
        return resolved
    }

    private static func headerKeys(_ line: String, brackets: Int) -> [String] {
        var text = Substring(line).dropFirst(brackets)
        if let close = text.firstIndex(of: "]") { text = text[..<close] }
        return keys(text)
    }

    /// `stages . items` and `"zh"` become `["stages", "items"]` and `["zh"]`.
    private static func keys(_ text: Substring) -> [String] {
        text.split(separator: ".").map { trimmed($0, " \t\"'") }
    }

    /// Whether a line opens or closes a multi-line string (an odd number of `"""` or `'''`).
    private static func togglesMultilineString(_ line: String) -> Bool {
        occurrences(of: String(repeating: "\"", count: 3), in: line) % 2 == 1 || occurrences(of: "'''", in: line) % 2 == 1
    }

    private static func occurrences(of marker: String, in line: String) -> Int {
        var count = 0
        var rest = Substring(line)
        while let range = rest.firstRange(of: marker) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }

    private static func trimmed(_ text: some StringProtocol, _ characters: String) -> String {
        let set = Set(characters)
        return String(text.drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed())
    }
}
