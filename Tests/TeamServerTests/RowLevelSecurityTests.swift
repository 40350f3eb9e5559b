import Foundation
import TeamServer
import TestSupport
import Testing
import VisitDesk

/// Each agent's own login, in psql, sees only its assigned cases and writes only its own
/// device's events: what row-level security and the column grants promise.
@Suite struct RowLevelSecurityTests {
    /// An enrolled operator: the login and the password only their device knows.
    struct Agent {
        let device: DeviceIdentity
        let login: String
        let password: String
    }

    static func enrol(_ typed: String, in team: TestTeam) throws -> Agent {
        let person = try OperatorProfile.parse(typed)
        let added = try TeamAdmin.addOperator(person, on: team.supervisor)
        let device = DeviceIdentity.generate(for: person)
        let enrolled = try Enrolment.enroll(token: added.token, device: device, at: team.address)
        return Agent(device: device, login: enrolled.address.user, password: enrolled.password)
    }

    @Test func anAgentsLoginSeesOnlyItsCasesAndWritesOnlyItsOwnDevicesEvents() throws {
        let team = try TestTeam()
        defer { team.stop() }
        let a = try Self.enrol("甲/WF-A1", in: team)
        let b = try Self.enrol("乙/WF-B2", in: team)
        let cases = ["A-1", "A-2", "B-1", "U-1"].map {
            LoanCase(reference: $0, debtorName: "张三", phone: "13812345678", idNumber: "110101199001011237", address: "北京",
                     product: "消费贷", outstanding: Money(yuan: 1_000), daysOverdue: 30)
        }
        _ = try TeamAdmin.importCases(cases, on: team.supervisor)
        #expect(try TeamAdmin.assign(["A-1", "A-2"], to: "WF-A1", on: team.supervisor).assigned == 2)
        #expect(try TeamAdmin.assign(["B-1"], to: "WF-B2", on: team.supervisor).assigned == 1)

        func psql(_ agent: Agent, _ sql: String) throws -> Subprocess.Result {
            try team.cluster.psql(["-d", team.database, "-c", sql], user: agent.login, password: agent.password)
        }
        func value(_ agent: Agent, _ sql: String) throws -> String {
            let result = try psql(agent, sql)
            #expect(result.status == 0, "\(sql): \(result.errors)")
            return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func supervisorValue(_ sql: String) throws -> String {
            try team.cluster.psql(["-d", team.database, "-c", sql]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        // B records a visit with two events on B's case, through B's own login.
        var visitOfB = SignedVisit(caseReference: "B-1", device: b.device)
        #expect(try psql(b, visitOfB.insertVisit).status == 0)
        for _ in 1...2 { #expect(try psql(b, visitOfB.nextEvent()).status == 0) }
        // A records one on A's case.
        var visitOfA = SignedVisit(caseReference: "A-1", device: a.device)
        #expect(try psql(a, visitOfA.insertVisit).status == 0)
        #expect(try psql(a, visitOfA.nextEvent()).status == 0)

        // What A's login reads: A's cases, A's visit and event, nothing of B's or the unassigned case.
        #expect(try value(a, "SELECT string_agg(reference, ',' ORDER BY reference) FROM loan_case") == "A-1,A-2")
        #expect(try value(a, "SELECT count(*) FROM loan_case") == "2")
        #expect(try value(a, "SELECT count(*) FROM visit") == "1")
        #expect(try value(a, "SELECT count(*) FROM visit_event") == "1")
        #expect(try value(a, "SELECT count(*) FROM visit WHERE case_reference = 'B-1'") == "0")
        #expect(try value(b, "SELECT count(*) FROM visit_event") == "2")

        // A cannot write as B's device: a visit in B's name, a visit on B's case, or B's next
        // event — even one correctly signed by B's key, so the signature check would pass it.
        let visitAsB = try psql(a, SignedVisit(caseReference: "A-2", device: b.device).insertVisit)
        #expect(visitAsB.status != 0 && visitAsB.errors.contains("row-level security"), "\(visitAsB.errors)")
        let visitOnBsCase = try psql(a, SignedVisit(caseReference: "B-1", device: a.device).insertVisit)
        #expect(visitOnBsCase.status != 0 && visitOnBsCase.errors.contains("row-level security"), "\(visitOnBsCase.errors)")
        let eventAsB = try psql(a, visitOfB.nextEvent())
        #expect(eventAsB.status != 0 && eventAsB.errors.contains("row-level security"), "\(eventAsB.errors)")
        #expect(try supervisorValue("SELECT count(*) FROM visit") == "2")
        #expect(try supervisorValue("SELECT count(*) FROM visit_event") == "3")

        // A cannot change or remove events, even its own, nor reassign cases.
        for change in ["UPDATE visit_event SET payload = 'edited'", "DELETE FROM visit_event",
                       "UPDATE loan_case SET assigned_badge = 'WF-A1'", "DELETE FROM visit"] {
            let refused = try psql(a, change)
            #expect(refused.status != 0 && refused.errors.contains("permission denied"), "\(change): \(refused.errors)")
        }
        #expect(try supervisorValue("SELECT count(*) FROM visit_event WHERE payload = 'edited'") == "0")
        #expect(try supervisorValue("SELECT count(*) FROM loan_case WHERE assigned_badge = 'WF-A1'") == "2")

        // The supervisor's login sees everything, by operator.
        let visitsOfB = try ServerListing.visits(startedIn: nil, agent: "wf-b2", limit: 10, on: team.supervisor)
        #expect(visitsOfB.total == 1)
        #expect(visitsOfB.items.map { "\($0.uid) \($0.caseReference) \($0.operatorName)/\($0.badge) \($0.device) \($0.eventCount)" }
                == ["\(visitOfB.uid) B-1 乙/WF-B2 \(b.device.deviceID) 2"])
        #expect(try ServerListing.visits(startedIn: nil, agent: nil, limit: 1, on: team.supervisor).total == 2)
        let casesOfA = try ServerListing.cases(agent: "WF-A1", limit: 10, on: team.supervisor)
        #expect(casesOfA.items.map { "\($0.loanCase.reference) \($0.visitCount)" } == ["A-1 1", "A-2 0"])
        #expect(try ServerListing.cases(agent: nil, limit: 10, on: team.supervisor).items.filter { $0.assignedBadge == nil }.count == 1)

        // The operator list is readable, the token hashes are not.
        #expect(try value(a, "SELECT count(*) FROM (SELECT badge, name, login FROM operator) o") == "2")
        let hashes = try psql(a, "SELECT token_sha256 FROM operator")
        #expect(hashes.status != 0 && hashes.errors.contains("permission denied"), "\(hashes.errors)")
    }
}
