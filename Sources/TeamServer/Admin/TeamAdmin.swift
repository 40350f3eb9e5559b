import Foundation
import PostgresNIO
import VisitDesk

/// What the supervisor does on the team's server, with a login that owns the schema: adds
/// operators (each with a PostgreSQL login of their own), imports cases and assigns them.
public enum TeamAdmin {
    public struct NewOperator: Sendable {
        public var login: String
        /// One-time: it opens the login until `Enrolment` replaces it with the device's own password.
        public var token: String
        /// How many enrolled devices lost their access (`replacingDevices`).
        public var replacedDevices = 0
    }

    /// Adds `person` (name/badge) as an operator: a login in `vd_agent` whose password is the
    /// returned token until enrolment. An operator not enrolled yet gets a fresh token. One who
    /// has enrolled is refused unless `replacingDevices` (a lost or replaced laptop): the token
    /// then becomes the login's password, so the devices enrolled before can no longer sign in
    /// (their open sessions are ended), while what they recorded stays and verifies by their keys.
    public static func addOperator(_ person: Visitor, replacingDevices: Bool = false,
                                   on server: ServerConnection) throws(ServerError) -> NewOperator {
        let login = OperatorLogin.name(badge: person.badge, database: server.address.database)
        let token = OperatorLogin.newToken(login: login)
        let tokenHash = SHA256Hex.of(token)
        let badge = person.badge
        let name = person.name
        let replaced: Int = try server.run { connection, logger in
            try await connection.withTransaction(logger: logger) { connection in
                var existing: (String, String?)?
                for try await row in try await connection.query(
                    "SELECT login, token_sha256 FROM operator WHERE lower(badge) = lower(\(badge)) FOR UPDATE", logger: logger
                ).decode((String, String?).self) { existing = row }
                var devices = 0
                for try await count in try await connection.query(
                    "SELECT count(*)::int FROM device WHERE lower(badge) = lower(\(badge))", logger: logger).decode(Int.self) { devices = count }
                if existing != nil, devices > 0, !replacingDevices {
                    throw ServerError.refused(reason: "the operator \(badge) is already enrolled on \(devices) device(s); "
                                              + "to enrol a new one in their place, add the operator again with --replace-devices")
                }
                var roleExists = false
                for try await found in try await connection.query(
                    "SELECT count(*) > 0 FROM pg_roles WHERE rolname = \(login)", logger: logger).decode(Bool.self) { roleExists = found }
                // Identifiers and the password cannot be bound: the login is [a-z0-9_] and the
                // token [a-z0-9_.], so quoting them is enough.
                let verb = roleExists ? "ALTER ROLE \"\(login)\" WITH LOGIN" : "CREATE ROLE \"\(login)\" LOGIN"
                try await connection.query(PostgresQuery(unsafeSQL: "\(verb) PASSWORD '\(token)'"), logger: logger)
                try await connection.query(PostgresQuery(unsafeSQL: "GRANT vd_agent TO \"\(login)\""), logger: logger)
                try await connection.query("""
                    INSERT INTO operator (badge, name, login, token_sha256) VALUES (\(badge), \(name), \(login), \(tokenHash))
                    ON CONFLICT (badge) DO UPDATE SET name = EXCLUDED.name, token_sha256 = EXCLUDED.token_sha256
                    """, logger: logger)
                if existing != nil, devices > 0 {
                    try await connection.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = \(login)", logger: logger)
                }
                return existing != nil ? devices : 0
            }
        }
        return NewOperator(login: login, token: token, replacedDevices: replaced)
    }

    /// Adds or updates `cases` (by reference) in batches; an assignment is kept. Returns how many
    /// were new and how many updated.
    public static func importCases(_ cases: [LoanCase], on server: ServerConnection) throws(ServerError) -> (added: Int, updated: Int) {
        let batches = stride(from: 0, to: cases.count, by: 5_000).map { Array(cases[$0..<min($0 + 5_000, cases.count)]) }
        return try server.run { connection, logger in
            try await connection.withTransaction(logger: logger) { connection in
                var added = 0
                for batch in batches {
                    let references = batch.map(\.reference)
                    let names = batch.map(\.debtorName), phones = batch.map(\.phone), ids = batch.map(\.idNumber)
                    let addresses = batch.map(\.address), products = batch.map(\.product)
                    let amounts = batch.map(\.outstanding.fen), days = batch.map { Int64($0.daysOverdue) }
                    let statuses = batch.map(\.status.rawValue), tags = batch.map { $0.tags.joined(separator: ",") }
                    let rows = try await connection.query("""
                        INSERT INTO loan_case (reference, debtor_name, phone, id_number, address, product, outstanding_fen,
                                               days_overdue, status, tags)
                        SELECT * FROM unnest(\(references)::text[], \(names)::text[], \(phones)::text[], \(ids)::text[],
                                             \(addresses)::text[], \(products)::text[], \(amounts)::int8[], \(days)::int8[],
                                             \(statuses)::text[], \(tags)::text[])
                        ON CONFLICT (reference) DO UPDATE SET debtor_name = EXCLUDED.debtor_name, phone = EXCLUDED.phone,
                            id_number = EXCLUDED.id_number, address = EXCLUDED.address, product = EXCLUDED.product,
                            outstanding_fen = EXCLUDED.outstanding_fen, days_overdue = EXCLUDED.days_overdue,
                            status = EXCLUDED.status, tags = EXCLUDED.tags, version = nextval('case_version')
                        RETURNING (xmax = 0)
                        """, logger: logger)
                    for try await inserted in rows.decode(Bool.self) where inserted { added += 1 }
                }
                return (added, cases.count - added)
            }
        }
    }

    /// Assigns the cases named by `references` to the operator `badge`; the references the
    /// server does not hold are returned and nothing is assigned when there are any.
    public static func assign(_ references: [String], to badge: String, on server: ServerConnection) throws(ServerError) -> (assigned: Int, unknown: [String]) {
        try server.run { connection, logger in
            try await connection.withTransaction(logger: logger) { connection in
                var operatorBadge: String?
                for try await found in try await connection.query(
                    "SELECT badge FROM operator WHERE lower(badge) = lower(\(badge))", logger: logger).decode(String.self) { operatorBadge = found }
                guard let operatorBadge else { throw ServerError.refused(reason: "there is no operator \(SafeText.neutralised(badge))") }
                var known = Set<String>()
                for try await reference in try await connection.query(
                    "SELECT reference FROM loan_case WHERE reference = ANY(\(references))", logger: logger).decode(String.self) {
                    known.insert(reference)
                }
                let unknown = references.filter { !known.contains($0) }
                guard unknown.isEmpty else { return (0, unknown) }
                try await connection.query("""
                    UPDATE loan_case SET assigned_badge = \(operatorBadge), assigned_at = now(), version = nextval('case_version')
                    WHERE reference = ANY(\(references)) AND assigned_badge IS DISTINCT FROM \(operatorBadge)
                    """, logger: logger)
                return (known.count, [])
            }
        }
    }
}
