/// The pieces a record section is made of; each layout (text, Markdown, PDF) draws them its own way.
public enum RecordBlock: Hashable, Sendable {
    /// Label–value lines with the labels aligned (`Debtor   张伟`).
    case fields([RecordField])
    /// A ruled table, such as a plan's schedule.
    case table(RecordTable)
    /// Bulleted lines: warnings, items not done, notes with their times.
    case list([String])
    /// Running text, wrapped to the width.
    case paragraph(String)
    /// A hash to be read aloud: the full value, with its first 12 hex digits set apart.
    case hash(label: String, value: String)
    /// Lines to sign on, one per signer, each with a place for the date.
    case signatures([RecordSigner])
}

/// One labelled value of a `fields` block.
public struct RecordField: Hashable, Sendable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// A table with a header row; numeric columns are aligned right.
public struct RecordTable: Hashable, Sendable {
    public var columns: [String]
    /// One flag per column: true to align that column right.
    public var alignedRight: [Bool]
    public var rows: [[String]]

    public init(columns: [String], alignedRight: [Bool], rows: [[String]]) {
        self.columns = columns
        self.alignedRight = alignedRight
        self.rows = rows
    }
}

/// Who signs on a signature line: their name (and badge) and their role on the record.
public struct RecordSigner: Hashable, Sendable {
    public var role: String
    public var name: String

    public init(role: String, name: String) {
        self.role = role
        self.name = name
    }
}
