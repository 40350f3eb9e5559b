import VisitDesk

extension RecordLayout {
    /// A hash under its label, in a monospace face, its first 12 hex digits set apart in
    /// bold on a shaded ground so they can be read aloud and compared.
    func hash(label: String, value: String) -> [FlowItem] {
        let lead = String(value.prefix(12))
        let rest = String(value.dropFirst(12))
        let text = rest.isEmpty ? lead : lead + "  " + rest
        let labelBox = TextBox(label, style: .label, width: width, on: canvas)
        let valueBox = TextBox(text, style: .mono, width: width, on: canvas)
        valueBox.emphasize(bytes: 0..<lead.utf8.count)
        let labelHeight = labelBox.size.height
        return [FlowItem(height: labelHeight + valueBox.size.height + 2) { canvas, top in
            labelBox.draw(on: canvas, x: x, y: top)
            valueBox.draw(on: canvas, x: x, y: top + labelHeight + 1)
        }]
    }
}
