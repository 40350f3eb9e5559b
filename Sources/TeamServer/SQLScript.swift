/// A script of several SQL statements cut into single statements: PostgreSQL's extended
/// protocol, which every query here uses, takes one at a time. A `;` ends a statement unless it
/// is inside quotes, a dollar-quoted body or a `--` comment.
enum SQLScript {
    static func statements(of script: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var dollarTag: String?
        var inQuote = false
        var inComment = false
        let characters = Array(script)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            if inComment {
                if character == "\n" { inComment = false }
            } else if let tag = dollarTag {
                if character == "$", String(characters[index...].prefix(tag.count)) == tag {
                    current.append(contentsOf: tag.dropFirst())
                    index += tag.count - 1
                    dollarTag = nil
                }
            } else if inQuote {
                if character == "'" { inQuote = false }
            } else if character == "'" {
                inQuote = true
            } else if character == "-", index + 1 < characters.count, characters[index + 1] == "-" {
                inComment = true
            } else if character == "$", let end = characters[(index + 1)...].firstIndex(of: "$"),
                      characters[(index + 1)..<end].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                let tag = String(characters[index...end])
                current.append(contentsOf: tag.dropFirst())
                index = end
                dollarTag = tag
            } else if character == ";" {
                current.removeLast()
                statements.append(current)
                current = ""
            }
            index += 1
        }
        statements.append(current)
        return statements.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty && !isOnlyComments($0) }
    }

    private static func isOnlyComments(_ statement: String) -> Bool {
        statement.split(separator: "\n").allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }
    }
}
