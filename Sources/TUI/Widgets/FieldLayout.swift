/// Where a form's columns go in a given width: the label column, and whether a field's
/// error fits beside its value or goes on the row under it.
struct FieldLayout {
    let labelWidth: Int
    let valueWidth: Int

    init(fields: [FormField], width: Int) {
        labelWidth = min(fields.map { $0.label.displayWidth }.max() ?? 0, width / 3)
        valueWidth = max(0, width - labelWidth - 1)
    }

    /// Whether `field`'s error goes under it: it would leave its value fewer than
    /// `Form.minimumValueWidth` columns beside it.
    func errorBelow(_ field: FormField) -> Bool {
        guard let error = field.error else { return false }
        return error.displayWidth + 1 + Form.minimumValueWidth > valueWidth
    }

    /// The lines of `field`'s error when it goes under the field, wrapped to the value column.
    func errorLines(_ field: FormField) -> [String] {
        guard errorBelow(field), let error = field.error, valueWidth > 0 else { return [] }
        return error.wrapped(to: valueWidth)
    }
}
