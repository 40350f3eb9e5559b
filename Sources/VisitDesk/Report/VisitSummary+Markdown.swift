import Foundation

extension VisitSummary {
    /// The summary as Markdown in `language`, ready to print or attach: the record's sections
    /// in the record's order (see `document(language:)`); unsafe characters from the data are
    /// shown as stand-ins (`SafeText`), never written raw.
    public func markdown(language: Language) -> String {
        RecordMarkdown(document: document(language: language)).text
    }
}

/// A record document laid out as Markdown: fields and tables as pipe tables, lists as bullets,
/// the hash in code spans, one signature line per signer.
struct RecordMarkdown {
    let document: RecordDocument

    private var zh: Bool { document.language == .zh }

    var text: String {
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
            return [inline(text)]
        case .hash(let label, let value):
            let head = String(value.prefix(12))
            let grouped = stride(from: 0, to: head.count, by: 4).map { String(head.dropFirst($0).prefix(4)) }.joined(separator: " ")
            return ["\(inline(label)): `\(value)`", "", (zh ? "读前 12 位：" : "First 12 to read aloud: ") + "**`\(grouped)`**"]
        case .signatures(let signers):
            let sign = zh ? "签名：" : "Signature: ", date = zh ? "日期：" : "Date: "
            return signers.flatMap { signer in
                ["**\(inline(signer.role))** \(inline(signer.name))", "", "\(sign)\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ \(date)\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_", ""]
            }.dropLast()
        }
    }

    /// Text on one line, with what Markdown would read as markup at the start of a line escaped.
    private func inline(_ text: String) -> String {
        var line = text.replacingOccurrences(of: "\n", with: " ")
        if let first = line.first, "#>".contains(first) { line = "\\" + line }
        return line
    }

    private func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
