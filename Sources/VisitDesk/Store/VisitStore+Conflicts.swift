import Foundation
import GRDB

/// A case visited on one day from more than one device: two laptops that opened visits on it
/// while offline. Both visits are kept; the desks and the supervisor's report flag it.
public struct VisitConflict: Hashable, Sendable {
    public var caseID: Int64
    public var day: CalendarDay
    /// The visits of that day, oldest first.
    public var visitIDs: [Int64]
    /// The devices they were started on.
    public var devices: Set<String>
}

extension VisitStore {
    /// The conflicts of one case, or of every case (`caseID` nil), days taken in `timeZone`, oldest first.
    public func visitConflicts(caseID: Int64? = nil, timeZone: TimeZone) throws(StoreError) -> [VisitConflict] {
        let visits = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, caseID, device, startedAt FROM visit
                WHERE device IS NOT NULL AND (? IS NULL OR caseID = ?) AND caseID IN (
                    SELECT caseID FROM visit WHERE device IS NOT NULL GROUP BY caseID HAVING count(DISTINCT device) > 1)
                ORDER BY startedAt, id
                """, arguments: [caseID, caseID]).map { row -> (id: Int64, caseID: Int64, device: String, startedAt: Date) in
                (row[0], row[1], row[2], row[3])
            }
        }
        return VisitConflict.found(in: visits, timeZone: timeZone)
    }
}

extension VisitConflict {
    /// Groups visits by case and day and keeps the groups with more than one device.
    public static func found(in visits: [(id: Int64, caseID: Int64, device: String, startedAt: Date)], timeZone: TimeZone) -> [VisitConflict] {
        var groups: [String: VisitConflict] = [:]
        var order: [String] = []
        for visit in visits {
            let day = CalendarDay(visit.startedAt, in: timeZone)
            let key = "\(visit.caseID)/\(day)"
            if groups[key] == nil {
                groups[key] = VisitConflict(caseID: visit.caseID, day: day, visitIDs: [], devices: [])
                order.append(key)
            }
            groups[key]?.visitIDs.append(visit.id)
            groups[key]?.devices.insert(visit.device)
        }
        return order.compactMap { groups[$0] }.filter { $0.devices.count > 1 }
    }
}
