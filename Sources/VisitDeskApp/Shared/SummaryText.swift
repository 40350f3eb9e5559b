import TUI
import VisitDesk

/// A visit's record laid out as fixed-width text for a given width: the summary screen shows
/// it at the pane's width, `visitdesk summary --format text` prints it (80 columns unless
/// `--width`) and `w` writes it. Columns are measured by display width, so they line up with
/// Chinese content, and no line is ever wider than `width` — rules, table rows and the hash
/// included. Unsafe characters from the data are shown as stand-ins (`SafeText`).
struct SummaryText {
    let document: RecordDocument
    var width = 80

    /// The narrowest layout: below it the text would be more breaks than words.
    static let minimumWidth = 40

    init(document: RecordDocument, width: Int = 80) {
        self.document = document
        self.width = max(Self.minimumWidth, width)
    }

    init(summary: VisitSummary, language: Language, width: Int = 80) {
        self.init(document: summary.document(language: language), width: width)
    }

    private static let indent = 2

    var lines: [String] {
        var out: [String] = []
        let rule = String(repeating: "=", count: width)
        out.append(rule)
        out += document.title.wrapped(to: width)
        out += document.pageHeader.wrapped(to: width)
        out.append(rule)
        for section in document.sections {
            out.append("")
            let title = section.title.wrapped(to: width)
            out += title
            out.append(String(repeating: "-", count: min(width, title.map(\.displayWidth).max() ?? 0)))
            for (index, block) in section.blocks.enumerated() {
                if index > 0, Self.needsSpace(before: block, after: section.blocks[index - 1]) { out.append("") }
                out += lines(of: block)
            }
        }
        out.append("")
        out.append(rule)
        return out.map { SafeText.neutralised($0) }
    }

    /// A blank line sets blocks apart, except a list from the heading or list just above it.
    private static func needsSpace(before block: RecordBlock, after previous: RecordBlock) -> Bool {
        switch (previous, block) {
        case (.fields, .fields), (.list, .list), (.paragraph, .list): false
        default: true
        }
    }

    private func lines(of block: RecordBlock) -> [String] {
        let inner = width - Self.indent
        let pad = String(repeating: " ", count: Self.indent)
        switch block {
        case .fields(let fields): return fieldLines(fields)
        case .table(let table): return tableLines(table)
        case .list(let items): return items.flatMap { hanging(pad + "- ", $0) }
        case .paragraph(let text): return text.wrapped(to: inner).map { pad + $0 }
        case .hash(let label, let value): return hashLines(label: label, value: value)
        case .signatures(let signers): return signatureLines(signers)
        }
    }

    /// `  label   value` rows, labels padded to the widest; values wrap under themselves. A label
    /// wider than two fifths of the width takes a line of its own, with its value below it.
    private func fieldLines(_ fields: [RecordField]) -> [String] {
        let limit = (width - Self.indent) * 2 / 5
        let labelWidth = min(limit, fields.map(\.label.displayWidth).filter { $0 <= limit }.max() ?? 0)
        let valueColumn = Self.indent + labelWidth + 2
        let valueWidth = width - valueColumn
        return fields.flatMap { field -> [String] in
            let values = field.value.isEmpty ? [""] : field.value.wrapped(to: valueWidth)
            let margin = String(repeating: " ", count: valueColumn)
            if field.label.displayWidth > labelWidth {
                return field.label.wrapped(to: width - Self.indent).map { String(repeating: " ", count: Self.indent) + $0 }
                    + values.map { margin + $0 }
            }
            return values.enumerated().map { index, value in
                let lead = index == 0 ? String(repeating: " ", count: Self.indent) + padded(field.label, labelWidth) + "  " : margin
                return (lead + value).trailingSpacesRemoved
            }
        }
    }

    /// A table with a header and a rule under it, columns two spaces apart. When it is too wide,
    /// the widest left-aligned column wraps inside itself; when even that cannot fit, each row is
    /// shown as `column: value` lines.
    private func tableLines(_ table: RecordTable) -> [String] {
        let count = table.columns.count
        guard count > 0 else { return [] }
        let rows = [table.columns] + table.rows.map { row in (0..<count).map { $0 < row.count ? row[$0] : "" } }
        var widths = (0..<count).map { column in rows.map { $0[column].displayWidth }.max() ?? 0 }
        let available = width - Self.indent - 2 * (count - 1)
        let minimumColumn = 8
        while widths.reduce(0, +) > available {
            let shrinkable = (0..<count).filter { !table.alignedRight[safe: $0] && widths[$0] > minimumColumn }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { return stackedLines(table) }
            widths[widest] = max(minimumColumn, widths[widest] - (widths.reduce(0, +) - available))
        }
        if (0..<count).contains(where: { column in table.alignedRight[safe: column] && rows.contains { $0[column].displayWidth > widths[column] } }) {
            return stackedLines(table)
        }
        func render(_ row: [String]) -> [String] {
            let cells = (0..<count).map { row[$0].isEmpty ? [""] : row[$0].wrapped(to: widths[$0]) }
            let height = cells.map(\.count).max() ?? 1
            return (0..<height).map { line in
                let parts = (0..<count).map { column -> String in
                    let text = line < cells[column].count ? cells[column][line] : ""
                    return table.alignedRight[safe: column] ? leftPadded(text, widths[column]) : padded(text, widths[column])
                }
                return (String(repeating: " ", count: Self.indent) + parts.joined(separator: "  ")).trailingSpacesRemoved
            }
        }
        let rule = String(repeating: " ", count: Self.indent) + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return render(rows[0]) + [rule] + rows.dropFirst().flatMap(render)
    }

    /// Each row as `column: value` lines, for a table too wide for the width.
    private func stackedLines(_ table: RecordTable) -> [String] {
        table.rows.enumerated().flatMap { index, row -> [String] in
            let fields = table.columns.enumerated().map { column, name in RecordField(name, column < row.count ? row[column] : "") }
            return (index > 0 ? [""] : []) + fieldLines(fields)
        }
    }

    /// The label, the first 12 hex digits grouped by four for reading aloud, then the whole hash,
    /// broken only where it does not fit.
    private func hashLines(label: String, value: String) -> [String] {
        let pad = String(repeating: " ", count: Self.indent)
        let deeper = pad + pad
        let head = String(value.prefix(12))
        let grouped = stride(from: 0, to: head.count, by: 4).map { offset in
            String(head.dropFirst(offset).prefix(4))
        }.joined(separator: " ")
        let readAloud = LocalizedText(zh: "读前 12 位：", en: "First 12 to read aloud: ")[document.language] + grouped
        return label.wrapped(to: width - Self.indent).map { pad + $0 }
            + readAloud.wrapped(to: width - 2 * Self.indent).map { deeper + $0 }
            + value.wrapped(to: width - 2 * Self.indent).map { deeper + $0 }
    }

    /// For each signer, `role  name`, then a line to sign on and a place for the date.
    private func signatureLines(_ signers: [RecordSigner]) -> [String] {
        let pad = String(repeating: " ", count: Self.indent)
        let signLabel = LocalizedText(zh: "签名：", en: "Signature: ")[document.language]
        let dateLabel = LocalizedText(zh: "日期：", en: "Date: ")[document.language]
        let dateLine = String(repeating: "_", count: 12)
        let signWidth = max(8, min(36, width - Self.indent - signLabel.displayWidth - 3 - dateLabel.displayWidth - dateLine.count))
        let line = pad + signLabel + String(repeating: "_", count: signWidth) + "   " + dateLabel + dateLine
        return signers.enumerated().flatMap { index, signer -> [String] in
            (index > 0 ? [""] : []) + "\(signer.role)  \(signer.name)".wrapped(to: width - Self.indent).map { pad + $0 }
                + [""] + (line.displayWidth <= width ? [line] : [pad + signLabel + String(repeating: "_", count: signWidth), pad + dateLabel + dateLine])
        }
    }

    /// `lead` then the text; continuation lines under the text. Explicit newlines are kept.
    private func hanging(_ lead: String, _ text: String) -> [String] {
        let margin = String(repeating: " ", count: lead.displayWidth)
        return text.wrapped(to: width - lead.displayWidth).enumerated().map { index, part in
            (index == 0 ? lead : margin) + part
        }
    }

    private func padded(_ text: String, _ columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - text.displayWidth))
    }

    private func leftPadded(_ text: String, _ columns: Int) -> String {
        String(repeating: " ", count: max(0, columns - text.displayWidth)) + text
    }
}

private extension Array where Element == Bool {
    /// The flag at `index`, false beyond the end.
    subscript(safe index: Int) -> Bool { indices.contains(index) ? self[index] : false }
}

private extension String {
    var trailingSpacesRemoved: String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
