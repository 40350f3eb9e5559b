import VisitDesk

extension RecordLayout {
    /// Label–value rows, the values aligned in one column after the longest label (at most
    /// a third of the width; a longer label wraps).
    func fieldRows(_ fields: [RecordField]) -> [FlowItem] {
        let gap = 10.0
        let natural = fields.map { TextBox($0.label, style: .label, width: nil, on: canvas).size.width }.max() ?? 0
        let labelWidth = min(natural, width / 3).rounded(.up)
        return fields.map { field in
            let label = TextBox(field.label, style: .label, width: labelWidth, on: canvas)
            let value = TextBox(field.value, style: .body, width: width - labelWidth - gap, on: canvas)
            return FlowItem(height: max(label.size.height, value.size.height) + 2) { canvas, top in
                label.draw(on: canvas, x: x, y: top + 0.5)
                value.draw(on: canvas, x: x + labelWidth + gap, y: top)
            }
        }
    }
}
