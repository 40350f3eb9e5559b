import GRDB

extension VisitStore {
    /// Checks the whole record: every visit's hash chain, its row against the fold of its events,
    /// its case against the case its `started` event names, and the store-wide ledger. Returns
    /// the counts checked and the first problem of each visit that has one. `expectedLedgerEntry`,
    /// a ledger head noted earlier, must still be in the ledger: without such an anchor, the most
    /// recent visits removed together with the end of the ledger leave a record that is whole.
    /// Every attached file must also be in the evidence folder and hash to its name (see `EvidenceAudit`),
    /// and every stamped event carry its device's valid signature (see `SignatureAudit`).
    public func chainReport(expectedLedgerEntry: String? = nil) throws(StoreError) -> ChainReport {
        var (report, attached) = try read { db in
            var report = try ChainAudit(db: db, expectedLedgerEntry: expectedLedgerEntry, ownDevice: device?.deviceID).run()
            report.signatureProblems = try SignatureAudit(db: db, device: device).run()
            return (report, try EvidenceAudit.recorded(db))
        }
        // The files are hashed after the read, so a long hash never holds the database open.
        report.evidenceFileCount = attached.count
        (report.evidenceProblems, report.evidenceNotCheckedCount) = EvidenceAudit.problems(of: attached, in: evidenceFolder,
                                                                                          excusingPermission: isReadOnly)
        return report
    }

    /// The problems `chainReport()` finds; empty when the record is intact.
    public func verify() throws(StoreError) -> [ChainProblem] {
        try chainReport().problems
    }
}
