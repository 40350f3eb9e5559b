import Foundation

/// Visits of one case by different devices on the same calendar day: both are kept, and the
/// desk and the supervisor's report flag them so someone decides which the debtor should hear.
public struct SyncConflict: Hashable, Sendable {
    public struct Visit: Hashable, Sendable {
        public var uid: String
        /// Its number on this desk; nil for a visit as the server lists it.
        public var id: Int64?
        public var device: String
        /// The operator who recorded it, when known (`王磊/WF-0312`).
        public var operatorName: String?
        public var startedAt: Date

        public init(uid: String, id: Int64? = nil, device: String, operatorName: String?, startedAt: Date) {
            self.uid = uid
            self.id = id
            self.device = device
            self.operatorName = operatorName
            self.startedAt = startedAt
        }
    }

    public var caseReference: String
    public var day: CalendarDay
    /// In the order they started.
    public var visits: [Visit]

    public init(caseReference: String, day: CalendarDay, visits: [Visit]) {
        self.caseReference = caseReference
        self.day = day
        self.visits = visits
    }

    /// One line, zh and en, naming the case, the day and who visited.
    public var described: LocalizedText {
        var names: [String] = []
        for name in visits.map({ $0.operatorName ?? $0.device }) where !names.contains(name) { names.append(name) }
        return LocalizedText(zh: "冲突：案件 \(caseReference) 于 \(day) 被不同设备走访 \(visits.count) 次（\(names.joined(separator: "、"))）",
                             en: "conflict: case \(caseReference) was visited \(visits.count) times on \(day) by different devices (\(names.joined(separator: ", ")))")
    }

    /// Groups `visits` of cases into conflicts: per case and day in `timeZone`, those with more
    /// than one device. `visits` may come in any order.
    public static func find(in visits: [(caseReference: String, visit: Visit)], timeZone: TimeZone) -> [SyncConflict] {
        var groups: [String: [CalendarDay: [Visit]]] = [:]
        for (reference, visit) in visits {
            groups[reference, default: [:]][CalendarDay(visit.startedAt, in: timeZone), default: []].append(visit)
        }
        var conflicts: [SyncConflict] = []
        for (reference, days) in groups {
            for (day, dayVisits) in days where Set(dayVisits.map(\.device)).count > 1 {
                conflicts.append(SyncConflict(caseReference: reference, day: day,
                                              visits: dayVisits.sorted { ($0.startedAt, $0.uid) < ($1.startedAt, $1.uid) }))
            }
        }
        return conflicts.sorted { ($0.day, $0.caseReference) < ($1.day, $1.caseReference) }
    }
}
