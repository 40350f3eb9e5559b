import Foundation
import GRDB

extension VisitStore {
    /// Visits of the same case (of every case when `caseID` is nil) by different devices on the
    /// same calendar day (in `timeZone`, the payment rule's by default): both kept, flagged here
    /// as on the supervisor's report.
    public func conflicts(caseID: Int64? = nil, timeZone: TimeZone? = nil) throws(StoreError) -> [SyncConflict] {
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                WITH attributed AS (
                    SELECT v.id, v.caseID, v.uid, v.startedAt,
                           coalesce(v.device, (SELECT device FROM teamState WHERE id = 1), '') AS device
                    FROM visit v WHERE ? IS NULL OR v.caseID = ?)
                SELECT c.reference, a.uid, a.device, a.startedAt,
                       (SELECT operatorName FROM visitEvent WHERE visitID = a.id AND sequence = 1), a.id
                FROM attributed a JOIN loanCase c ON c.id = a.caseID
                WHERE a.caseID IN (SELECT caseID FROM attributed GROUP BY caseID HAVING count(DISTINCT device) > 1)
                """, arguments: [caseID, caseID])
        }
        let visits = rows.map { row in
            (caseReference: row[0] as String,
             visit: SyncConflict.Visit(uid: row[1], id: row[5], device: row[2], operatorName: row[4], startedAt: row[3]))
        }
        return SyncConflict.find(in: visits, timeZone: timeZone ?? paymentRule.timeZone)
    }
}
