/// The rows of a list, fetched on demand: a list asks only for the rows it shows.
public protocol ListDataSource {
    /// The type of one row: `String` or `ListRow`.
    associatedtype Row: ListRowConvertible
    /// The number of rows.
    var count: Int { get }
    /// The row at `index` (0 ..< count).
    func row(at index: Int) -> Row
}

/// A list data source over an array already in memory.
public struct ArrayListSource<Row: ListRowConvertible>: ListDataSource {
    public var rows: [Row]

    /// Creates a source over `rows`.
    public init(_ rows: [Row]) {
        self.rows = rows
    }

    /// The number of rows.
    public var count: Int { rows.count }

    /// The row at `index`.
    public func row(at index: Int) -> Row { rows[index] }
}

extension ArrayListSource: Sendable where Row: Sendable {}
