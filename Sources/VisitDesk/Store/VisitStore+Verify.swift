import GRDB

extension VisitStore {
    /// Checks the whole record: every visit's hash chain, its row against the fold of its events,
    /// its case against the case its `started` event names, and the store-wide ledger. Returns
    /// the counts checked and the first problem of each visit that has one. `expectedLedgerEntry`,
    /// a ledger head noted earlier, must still be in the ledger: without such an anchor, the most
    /// recent visits removed together with the end of the ledger leave a record that is whole.
    public func chainReport(expectedLedgerEntry: String? = nil) throws(StoreError) -> ChainReport {
        try read { db in try ChainAudit(db: db, expectedLedgerEntry: expectedLedgerEntry).run() }
    }

    /// The problems `chainReport()` finds; empty when the record is intact.
    public func verify() throws(StoreError) -> [ChainProblem] {
        try chainReport().problems
    }
}
