import Foundation

extension VisitStore {
    /// Logs that a command printed or exported the personal data of `caseIDs` in full
    /// (`--reveal`): one entry per case in the case access log, all in one transaction, so a
    /// reveal outside the desk is as visible in the case access log as one made in it.
    public func recordRevealOutsideDesk(caseIDs: [Int64], fields: [PersonalField], at date: Date) throws(StoreError) {
        guard !caseIDs.isEmpty else { return }
        let at = Timestamp.normalized(date)
        let fieldList = fields.map(\.rawValue).joined(separator: ",")
        try write { db in
            for caseID in caseIDs {
                var access = CaseAccessRecord(id: nil, caseID: caseID, at: at, fields: fieldList, revealed: true)
                try access.insert(db)
            }
        }
    }
}
