import Foundation
import TeamServer
import TestSupport
import VisitDesk

/// An enrolled agent with a desk of their own: a device identity registered on the test team's
/// server, a local store signing with it, and the agent's own login. `push` writes a local
/// visit's signed rows to the server as that login — the server's triggers check each chain
/// and signature, so only real events get in. (The sync engine does this for real; the tests
/// of the supervisor's view need data on a server without it.)
struct FieldAgent {
    let person: Visitor
    let device: DeviceIdentity
    let store: VisitStore
    let server: ServerConnection

    init(_ person: Visitor, team: TestTeam, folder: URL) throws {
        self.person = person
        let added = try TeamAdmin.addOperator(person, on: team.supervisor)
        device = DeviceIdentity.generate(for: person)
        let enrolled = try Enrolment.enroll(token: added.token, device: device, at: team.address)
        server = try ServerConnection.open(enrolled.address, password: enrolled.password)
        store = try VisitStore(path: folder.appendingPathComponent("\(person.badge).sqlite").path, device: device)
    }

    /// Adds `loanCase` to the local desk (as a pull would) and returns its local id.
    func take(_ loanCase: LoanCase) throws -> Int64 {
        try store.insertCases([loanCase])[0].id!
    }

    /// Starts a visit of `caseID` at `at`, records `outcome` a minute later and ends it.
    @discardableResult
    func visit(caseID: Int64, at: Date, outcome: Outcome) throws -> Int64 {
        let visit = try store.startVisit(caseID: caseID, role: .agent, playbookID: "agent", visitors: [person], location: "家中", at: at)
        try store.append(.outcomeRecorded(outcome), to: visit.id, at: at.addingTimeInterval(60))
        try store.append(.ended(reason: .completed), to: visit.id, at: at.addingTimeInterval(120))
        return visit.id
    }

    /// Writes the local visit `visitID` of the case `reference` and its signed events to the server.
    func push(visitID: Int64, reference: String) throws {
        let state = try store.visit(id: visitID)
        let rows = try sqliteRows("""
            SELECT v.uid AS uid, e.sequence AS sequence, e.kind AS kind, e.payload AS payload, e.hash AS hash,
                   e.operatorName AS operatorName, e.device AS device, e.signature AS signature
            FROM visitEvent e JOIN visit v ON v.id = e.visitID WHERE e.visitID = \(visitID) ORDER BY e.sequence
            """)
        let uid = rows[0]["uid"] as! String
        let times = Dictionary(uniqueKeysWithValues: state.events.map { ($0.sequence, $0.at) })
        let deviceID = device.deviceID
        let startedAt = state.startedAt
        let events = rows.map { row in
            (sequence: row["sequence"] as! Int, kind: row["kind"] as! String, payload: row["payload"] as! String, hash: row["hash"] as! String,
             operatorName: row["operatorName"] as! String, device: row["device"] as! String, signature: row["signature"] as! String)
        }
        let at = events.map { times[$0.sequence]! }
        try server.run { connection, logger in
            try await connection.withTransaction(logger: logger) { connection in
                try await connection.query("""
                    INSERT INTO visit (uid, case_reference, device, origin_id, started_at)
                    VALUES (\(uid)::uuid, \(reference), \(deviceID)::uuid, \(visitID), \(startedAt))
                    """, logger: logger)
                for (event, time) in zip(events, at) {
                    try await connection.query("""
                        INSERT INTO visit_event (visit_uid, sequence, kind, at, payload, hash, operator_name, device, signature)
                        VALUES (\(uid)::uuid, \(event.sequence), \(event.kind), \(time), \(event.payload), \(event.hash),
                                \(event.operatorName), \(event.device)::uuid, \(event.signature))
                        """, logger: logger)
                }
            }
        }
    }

    /// The global id of the local visit `visitID`.
    func uid(visitID: Int64) throws -> String {
        try sqliteRows("SELECT uid FROM visit WHERE id = \(visitID)")[0]["uid"] as! String
    }

    private func sqliteRows(_ sql: String) throws -> [[String: Any]] {
        let result = try Subprocess.run(["sqlite3", "-json", "-readonly", store.path, sql])
        guard result.status == 0, let data = result.output.data(using: .utf8) else { throw FieldAgentError(message: "sqlite3: \(result.errors)") }
        return try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
    }

    func close() { server.close() }
}

struct FieldAgentError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
