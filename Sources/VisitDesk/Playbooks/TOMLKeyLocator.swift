import Foundation

/// Finds the source line of a key in a playbook TOML text, so that errors found after
/// parsing (missing key, wrong type) can point at a line. TOMLKit keeps no positions for
/// values, so this reads the text line by line: table headers, `key = value` lines, and
/// the `[[stages]]` / `[[stages.items]]` counts that say which stage and item a line is in.
struct TOMLKeyLocator {
    /// Which stage and item of the playbook a line belongs to (0-based, nil at top level).
    struct Section: Hashable {
        var stage: Int?
        var item: Int?
    }

    private struct Entry {
        var line: Int
        var section: Section
        /// Dotted key relative to the section; "" for the header that opens the section.
        var key: String
    }

    private var entries: [Entry] = []

    init(source: String) {
        var stage = -1
        var item = -1
        var section = Section()
        var tablePrefix = ""
        var inMultilineString = false
        for (offset, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            let wasInMultilineString = inMultilineString
            if line.components(separatedBy: "\"\"\"").count % 2 == 0 || line.components(separatedBy: "'''").count % 2 == 0 {
                inMultilineString.toggle()
            }
            if wasInMultilineString || line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[[") {
                let name = Self.headerName(line, brackets: 2)
                tablePrefix = ""
                switch name {
                case "stages":
                    stage += 1
                    item = -1
                    section = Section(stage: stage)
                case "stages.items":
                    item += 1
                    section = Section(stage: max(stage, 0), item: item)
                default:
                    section = Section()
                    tablePrefix = name
                }
                entries.append(Entry(line: lineNumber, section: section, key: tablePrefix))
            } else if line.hasPrefix("[") {
                let name = Self.headerName(line, brackets: 1)
                if name.hasPrefix("stages.items.") {
                    section = Section(stage: max(stage, 0), item: max(item, 0))
                    tablePrefix = String(name.dropFirst("stages.items.".count))
                } else if name.hasPrefix("stages.") {
                    section = Section(stage: max(stage, 0))
                    tablePrefix = String(name.dropFirst("stages.".count))
                } else {
                    section = Section()
                    tablePrefix = name
                }
                entries.append(Entry(line: lineNumber, section: section, key: tablePrefix))
            } else if let equals = line.firstIndex(of: "=") {
                let key = Self.normalised(String(line[..<equals]))
                entries.append(Entry(line: lineNumber, section: section, key: tablePrefix.isEmpty ? key : tablePrefix + "." + key))
            }
        }
    }

    /// The line of `key` in `section`; failing that, of its nearest enclosing key, of the
    /// section's header, or of the top-level key that holds the section; else line 1.
    func line(of key: String, in section: Section) -> Int {
        var candidates: [(Section, String)] = []
        var path = key.split(separator: ".").map(String.init)
        while !path.isEmpty {
            candidates.append((section, path.joined(separator: ".")))
            path.removeLast()
        }
        candidates.append((section, ""))
        if let stage = section.stage, section.item != nil {
            candidates.append((Section(stage: stage), "items"))
            candidates.append((Section(stage: stage), ""))
        }
        if section.stage != nil {
            candidates.append((Section(), "stages"))
        }
        for (candidateSection, candidateKey) in candidates {
            if let entry = entries.first(where: { $0.section == candidateSection && $0.key == candidateKey }) {
                return entry.line
            }
        }
        return 1
    }

    private static func headerName(_ line: String, brackets: Int) -> String {
        var text = Substring(line).dropFirst(brackets)
        if let close = text.firstIndex(of: "]") { text = text[..<close] }
        return normalised(String(text))
    }

    /// `stages . items` and `"zh"` become `stages.items` and `zh`.
    private static func normalised(_ key: String) -> String {
        key.split(separator: ".")
            .map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["\"", "'"]) }
            .joined(separator: ".")
    }
}
