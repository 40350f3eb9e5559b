import Foundation
import PostgresNIO
import VisitDesk

/// What the supervisor reads back from the team's server: the cases with their assignment and
/// the visits devices have pushed, at most `limit` of each, with how many there are in all.
public enum ServerListing {
    public struct Page<Item: Sendable>: Sendable {
        public var items: [Item]
        /// How many match, of which `items` are the first.
        public var total: Int
    }

    /// Cases by reference, only those assigned to `agent` when given (an unknown badge is refused).
    public static func cases(agent: String?, limit: Int, on server: ServerConnection) throws(ServerError) -> Page<ServerCase> {
        let badge = try agent.map { badge throws(ServerError) in try operatorBadge(badge, on: server) }
        return try server.run { connection, logger in
            var total = 0
            for try await count in try await connection.query(
                "SELECT count(*)::int FROM loan_case WHERE \(badge)::text IS NULL OR assigned_badge = \(badge)", logger: logger
            ).decode(Int.self) { total = count }
            var items: [ServerCase] = []
            let rows = try await connection.query("""
                SELECT c.reference, c.debtor_name, c.phone, c.id_number, c.address, c.product, c.outstanding_fen,
                       c.days_overdue, c.status, c.tags, c.assigned_badge, c.assigned_at,
                       (SELECT count(*)::int FROM visit v WHERE v.case_reference = c.reference)
                FROM loan_case c WHERE \(badge)::text IS NULL OR c.assigned_badge = \(badge)
                ORDER BY c.reference LIMIT \(limit)
                """, logger: logger)
            for try await (reference, name, phone, idNumber, address, product, fen, days, status, tags, assigned, assignedAt, visits)
                in rows.decode((String, String, String, String, String, String, Int64, Int, String, String, String?, Date?, Int).self) {
                let loanCase = LoanCase(reference: reference, debtorName: name, phone: phone, idNumber: idNumber, address: address,
                                        product: product, outstanding: Money(fen: fen), daysOverdue: days,
                                        status: CaseStatus(rawValue: status) ?? .open, assignedAgent: assigned ?? "",
                                        tags: tags.split(separator: ",").map(String.init))
                items.append(ServerCase(loanCase: loanCase, assignedBadge: assigned, assignedAt: assignedAt, visitCount: visits))
            }
            return Page(items: items, total: total)
        }
    }

    /// Visits newest first, only those started in `from..<until` when given and only those
    /// recorded by `agent`'s devices when given (an unknown badge is refused).
    public static func visits(startedIn range: Range<Date>?, agent: String?, limit: Int,
                              on server: ServerConnection) throws(ServerError) -> Page<ServerVisit> {
        let badge = try agent.map { badge throws(ServerError) in try operatorBadge(badge, on: server) }
        let from = range?.lowerBound
        let until = range?.upperBound
        return try server.run { connection, logger in
            var total = 0
            for try await count in try await connection.query("""
                SELECT count(*)::int FROM visit v JOIN device d ON d.id = v.device
                WHERE (\(badge)::text IS NULL OR d.badge = \(badge))
                  AND (\(from)::timestamptz IS NULL OR v.started_at >= \(from)) AND (\(until)::timestamptz IS NULL OR v.started_at < \(until))
                """, logger: logger).decode(Int.self) { total = count }
            var items: [ServerVisit] = []
            let rows = try await connection.query("""
                SELECT v.uid::text, v.case_reference, v.device::text, d.badge, o.name, v.started_at, v.event_count, v.last_event_at
                FROM visit v JOIN device d ON d.id = v.device JOIN operator o ON o.badge = d.badge
                WHERE (\(badge)::text IS NULL OR d.badge = \(badge))
                  AND (\(from)::timestamptz IS NULL OR v.started_at >= \(from)) AND (\(until)::timestamptz IS NULL OR v.started_at < \(until))
                ORDER BY v.started_at DESC, v.uid LIMIT \(limit)
                """, logger: logger)
            for try await (uid, reference, device, badge, name, startedAt, events, lastEventAt)
                in rows.decode((String, String, String, String, String, Date, Int, Date?).self) {
                items.append(ServerVisit(uid: uid, caseReference: reference, device: device, badge: badge, operatorName: name,
                                         startedAt: startedAt, eventCount: events, lastEventAt: lastEventAt))
            }
            return Page(items: items, total: total)
        }
    }

    /// The badge as the server spells it, or a refusal naming the one asked for.
    static func operatorBadge(_ badge: String, on server: ServerConnection) throws(ServerError) -> String {
        let found: String? = try server.run { connection, logger in
            var found: String?
            for try await spelled in try await connection.query(
                "SELECT badge FROM operator WHERE lower(badge) = lower(\(badge))", logger: logger).decode(String.self) { found = spelled }
            return found
        }
        guard let found else { throw .refused(reason: "there is no operator \(SafeText.neutralised(badge))") }
        return found
    }
}
