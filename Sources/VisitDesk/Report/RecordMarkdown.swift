import Foundation

/// A record document laid out as Markdown: fields and tables as pipe tables, lists as bullets,
/// the hash in code spans, one signature line per signer.
public struct RecordMarkdown {
    let document: RecordDocument

    public init(document: RecordDocument) { self.document = document }

    private var zh: Bool { document.language == .zh }

    public var text: String {
        var out = ["# \(inline(document.title))", "", inline(document.pageHeader)]
        for section in document.sections {
            out += ["", "## \(inline(section.title))"]
            for block in section.blocks {
                out.append("")
                out += lines(of: block)
            }
        }
        out.append("")
        return SafeText.neutralised(out.joined(separator: "\n"), allowing: [.newline])
    }

    private func lines(of block: RecordBlock) -> [String] {
        switch block {
        case .fields(let fields):
            return ["| | |", "|---|---|"] + fields.map { "| \(cell($0.label)) | \(cell($0.value)) |" }
        case .table(let table):
            return ["| " + table.columns.map(cell).joined(separator: " | ") + " |",
                    "|" + table.columns.indices.map { index in
                        index < table.alignedRight.count && table.alignedRight[index] ? "---:" : "---"
                    }.joined(separator: "|") + "|"]
                + table.rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
        case .list(let items):
            return items.map { "- " + $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).map(inline).joined(separator: "\n  ") }
        case .paragraph(let text):
            // A line break inside a paragraph stays one (a backslash at the end of the line).
            return [text.split(separator: "\n", omittingEmptySubsequences: false).map { inline(String($0)) }.joined(separator: "\\\n")]
        case .hash(let label, let value):
            let head = String(value.prefix(12))
            let grouped = stride(from: 0, to: head.count, by: 4).map { String(head.dropFirst($0).prefix(4)) }.joined(separator: " ")
            return ["\(inline(label))\(zh ? "：" : ": ")`\(value)`", "", (zh ? "读前 12 位：" : "First 12 to read aloud: ") + "**`\(grouped)`**"]
        case .signatures(let signers):
            let sign = zh ? "签名：" : "Signature: ", date = zh ? "日期：" : "Date: "
            return signers.flatMap { signer in
                ["**\(inline(signer.role))** \(inline(signer.name))", "", "\(sign)\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ \(date)\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_", ""]
            }.dropLast()
        }
    }

    /// Text on one line, with what Markdown would read as a heading, quote or list at the start
    /// of a line escaped (`\#`, `\>`, `\-`, `3\.`).
    private func inline(_ text: String) -> String {
        var line = text.replacingOccurrences(of: "\n", with: " ")
        if let first = line.first, "#>+-*".contains(first) {
            line = "\\" + line
        } else if let dot = line.firstIndex(where: { !$0.isASCII || !$0.isNumber }), dot > line.startIndex,
                  ".)".contains(line[dot]), line.index(after: dot) == line.endIndex || line[line.index(after: dot)] == " " {
            line.insert("\\", at: dot)
        }
        return line
    }

    /// A table cell: one line, pipes escaped; markup at its start means nothing inside a table.
    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
    }
}
