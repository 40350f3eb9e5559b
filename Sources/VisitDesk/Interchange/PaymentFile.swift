/// A payments file as read: its good rows, the problems of its bad ones, and how it was read.
/// Nothing is posted unless `problems` is empty and every row's case is found.
public struct PaymentFile: Hashable, Sendable {
    /// The name recorded in each payment's source (`file.csv:12`): the file's last path
    /// component with unsafe characters neutralised.
    public var name: String
    public var rows: [PaymentRow]
    /// What is wrong with the file's rows, in file order.
    public var problems: [CaseImportProblem]
    /// The references of the rows with problems, so that a case no one has is reported for them too.
    public var referencesOfBadRows: [PaymentReference]
    public var encoding: SpreadsheetEncoding
    public var separator: SpreadsheetSeparator
}
