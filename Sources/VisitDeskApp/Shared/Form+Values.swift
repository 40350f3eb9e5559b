import TUI

extension Form {
    /// The text of the text field at `index` ("" for other kinds).
    func text(at index: Int) -> String {
        if case .text(let editor) = fields[index].kind { return editor.text }
        return ""
    }

    /// The selected option of the choice field at `index` (0 for other kinds).
    func choice(at index: Int) -> Int {
        if case .choice(_, let selected) = fields[index].kind { return selected }
        return 0
    }
}
