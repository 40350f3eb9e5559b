/// One titled part of a record document.
public struct RecordSection: Hashable, Sendable {
    /// A stable name for the section (`case`, `visit`, `outcome`, `warnings`, `notDone`,
    /// `stages`, `notes`, `evidence`, `footer`, `signatures`), the same in both languages.
    public var id: String
    public var title: String
    public var blocks: [RecordBlock]

    public init(id: String, title: String, blocks: [RecordBlock]) {
        self.id = id
        self.title = title
        self.blocks = blocks
    }
}
