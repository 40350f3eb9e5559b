import Foundation
import PostgresNIO
import VisitDesk

/// Conflicts as the server sees them, for the supervisor's report: visits of one case by
/// different devices on the same calendar day (`SyncConflict`).
public enum SyncConflicts {
    /// The conflicts of `day` in `timeZone` among the visits the login of `server` can read (all
    /// of them for the supervisor's), optionally only those involving the operator `badge`.
    public static func onServer(day: CalendarDay, timeZone: TimeZone, badge: String? = nil,
                                server: ServerConnection) throws(ServerError) -> [SyncConflict] {
        let zone = timeZone.identifier
        let date = day.description
        let rows: [(String, String, String, String?, Date)] = try server.run { connection, logger in
            var rows: [(String, String, String, String?, Date)] = []
            for try await row in try await connection.query("""
                WITH day AS (
                    SELECT v.uid, v.case_reference, v.device, v.started_at FROM visit v
                    WHERE (v.started_at AT TIME ZONE \(zone))::date = \(date)::date)
                SELECT d.uid::text, d.case_reference, d.device::text,
                       (SELECT operator_name FROM visit_event e WHERE e.visit_uid = d.uid AND e.sequence = 1), d.started_at
                FROM day d
                WHERE d.case_reference IN (SELECT case_reference FROM day GROUP BY case_reference HAVING count(DISTINCT device) > 1)
                """, logger: logger).decode((String, String, String, String?, Date).self) {
                rows.append(row)
            }
            return rows
        }
        let visits = rows.map { row in
            (caseReference: row.1, visit: SyncConflict.Visit(uid: row.0, device: row.2, operatorName: row.3, startedAt: row.4))
        }
        let conflicts = SyncConflict.find(in: visits, timeZone: timeZone)
        guard let badge else { return conflicts }
        return conflicts.filter { conflict in conflict.visits.contains { $0.operatorName?.lowercased().hasSuffix("/" + badge.lowercased()) == true } }
    }
}
