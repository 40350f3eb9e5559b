import Foundation
import PostgresNIO
import VisitDesk

/// The rows a day's report is made from, read in one transaction (so they agree with each other).
struct ServerDayRows: Sendable {
    struct VisitRow: Sendable {
        var uid: String
        var reference: String
        var device: String
        var badge: String
        var originID: Int64
        var startedAt: Date
    }

    /// A contact attempt recorded on or after the day (one made on the day may be entered later,
    /// `visitdesk contact --at`; the report keeps those made on it, as the desk's report does) or
    /// an appointment recorded on the day, with the badge of the device's operator.
    struct DayRecord: Sendable {
        var reference: String
        var badge: String
        var kind: CaseEventKind
    }

    /// The day's visits and every other visit of their cases, in start order.
    var visits: [VisitRow] = []
    /// Events of those visits by visit uid, in sequence order.
    var events: [String: [SignedEvent]] = [:]
    /// The visited cases by reference (no phone or ID number: the report shows neither).
    var cases: [String: LoanCase] = [:]
    /// The visited cases' payments and hand marks by reference, in the order they were recorded.
    var paymentRecords: [String: [SignedEvent]] = [:]
    var dayRecords: [DayRecord] = []
    /// Operator names by badge.
    var operators: [String: String] = [:]

    static func fetch(from start: Date, to end: Date, server: ServerConnection) throws(ServerError) -> ServerDayRows {
        try server.run { connection, logger in
            try await connection.withTransaction(logger: logger) { connection in
                var rows = ServerDayRows()
                for try await (badge, name) in try await connection.query("SELECT badge, name FROM operator", logger: logger).decode((String, String).self) {
                    rows.operators[badge] = name
                }
                var references: [String] = []
                for try await reference in try await connection.query(
                    "SELECT DISTINCT case_reference FROM visit WHERE started_at >= \(start) AND started_at < \(end)", logger: logger).decode(String.self) {
                    references.append(reference)
                }
                for try await (uid, reference, device, badge, originID, startedAt) in try await connection.query("""
                    SELECT v.uid::text, v.case_reference, v.device::text, d.badge, v.origin_id, v.started_at
                    FROM visit v JOIN device d ON d.id = v.device
                    WHERE v.case_reference = ANY(\(references)) ORDER BY v.started_at, v.uid
                    """, logger: logger).decode((String, String, String, String, Int64, Date).self) {
                    rows.visits.append(VisitRow(uid: uid, reference: reference, device: device, badge: badge, originID: originID, startedAt: startedAt))
                }
                let uids = rows.visits.map(\.uid)
                for try await (uid, sequence, kind, at, payload, hash, operatorName, device, signature) in try await connection.query("""
                    SELECT visit_uid::text, sequence, kind, at, payload, hash, operator_name, device::text, signature
                    FROM visit_event WHERE visit_uid = ANY(\(uids)::uuid[]) ORDER BY visit_uid, sequence
                    """, logger: logger).decode((String, Int, String, Date, String, String, String, String, String).self) {
                    rows.events[uid, default: []].append(SignedEvent(stream: .visit(uid: uid), sequence: sequence, kind: kind, at: at, payload: payload,
                                                                     hash: hash, operatorName: operatorName, device: device, signature: signature))
                }
                for try await (reference, name, address, product, outstanding, daysOverdue, status, assigned, tags) in try await connection.query("""
                    SELECT reference, debtor_name, address, product, outstanding_fen, days_overdue, status, coalesce(assigned_badge, ''), tags
                    FROM loan_case WHERE reference = ANY(\(references))
                    """, logger: logger).decode((String, String, String, String, Int64, Int, String, String, String).self) {
                    rows.cases[reference] = LoanCase(reference: reference, debtorName: name, phone: "", idNumber: "", address: address, product: product,
                                                     outstanding: Money(fen: outstanding), daysOverdue: daysOverdue,
                                                     status: CaseStatus(rawValue: status) ?? .open, assignedAgent: assigned,
                                                     tags: tags.split(separator: ",").map(String.init))
                }
                for try await event in try await connection.query("""
                    SELECT case_reference, device::text, sequence, kind, at, payload, hash, operator_name, signature FROM case_event
                    WHERE case_reference = ANY(\(references)) AND kind IN ('paymentPosted', 'obligationMarked') ORDER BY at, position
                    """, logger: logger).decode((String, String, Int, String, Date, String, String, String, String).self) {
                    rows.paymentRecords[event.0, default: []].append(Self.caseEvent(event))
                }
                for try await row in try await connection.query("""
                    SELECT e.case_reference, e.device::text, e.sequence, e.kind, e.at, e.payload, e.hash, e.operator_name, e.signature, d.badge
                    FROM case_event e JOIN device d ON d.id = e.device
                    WHERE e.at >= \(start) AND (e.kind = 'contactAttempted' OR (e.kind = 'appointmentSet' AND e.at < \(end)))
                    ORDER BY e.at, e.position
                    """, logger: logger).decode((String, String, Int, String, Date, String, String, String, String, String).self) {
                    let signed = Self.caseEvent((row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8))
                    do {
                        rows.dayRecords.append(DayRecord(reference: row.0, badge: row.9, kind: try signed.caseEvent(caseID: 0).kind))
                    } catch {
                        throw ServerError.refused(reason: "case/\(row.0) event \(row.2) of device \(row.1): \(error)")
                    }
                }
                return rows
            }
        }
    }

    private static func caseEvent(_ row: (String, String, Int, String, Date, String, String, String, String)) -> SignedEvent {
        SignedEvent(stream: .caseRecords(reference: row.0), sequence: row.2, kind: row.3, at: row.4, payload: row.5, hash: row.6,
                    operatorName: row.7, device: row.1, signature: row.8)
    }
}
