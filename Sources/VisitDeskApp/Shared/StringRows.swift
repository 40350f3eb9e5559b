import TUI

/// A list of ready-made text rows.
struct StringRows: ListDataSource {
    let rows: [String]
    var count: Int { rows.count }
    func row(at index: Int) -> String { rows[index] }
}
