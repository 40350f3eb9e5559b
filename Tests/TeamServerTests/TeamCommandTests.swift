import Foundation
import TeamServer
import TestSupport
import Testing
import VisitDesk

/// The supervisor's and the agent's commands, run as the built program against a private cluster.
@Suite struct TeamCommandTests {
    @Test func aDeviceEnrolsThroughTheCommandsKeepingItsPasswordPrivateAndTheTokenWorksOnce() throws {
        let cluster = try PostgresCluster()
        defer { cluster.stop() }
        let url = cluster.url(database: try cluster.createDatabase())
        let supervisor = try TeamCommandLine(password: cluster.superuserPassword)
        let agent = try TeamCommandLine()
        defer { supervisor.remove(); agent.remove() }

        let created = try supervisor.run(["server", "init", "--pg", url, "--lang", "en"])
        #expect(created.status == 0, "\(created.errors)")
        #expect(created.output.contains("created schema version \(ServerSchema.current)"))
        let again = try supervisor.run(["server", "init", "--pg", url, "--lang", "en"])
        #expect(again.output.contains("schema already at version \(ServerSchema.current)"))

        let added = try supervisor.run(["server", "add-operator", "王磊/WF-0312", "--pg", url, "--lang", "en"])
        #expect(added.status == 0, "\(added.errors)")
        let token = added.lastLine
        let login = try #require(OperatorLogin.login(ofToken: token))
        #expect(added.output.contains("visitdesk enroll"))

        let initialised = try agent.run(["init", "--operator", "王磊/WF-0312"])
        #expect(initialised.status == 0, "\(initialised.errors)")
        // A password file that cannot be written leaves the token unspent.
        try FileManager.default.createDirectory(atPath: agent.configFolder + "/pgpass", withIntermediateDirectories: true)
        let unkept = try agent.run(["enroll", "--pg", url, "--token", token])
        #expect(unkept.status == 1 && unkept.errors.contains("cannot write"), "\(unkept.errors)")
        try FileManager.default.removeItem(atPath: agent.configFolder + "/pgpass")
        let enrolled = try agent.run(["enroll", "--pg", url, "--token", token])
        #expect(enrolled.status == 0, "\(enrolled.errors)")
        #expect(try agent.mode(of: "pgpass") == 0o600)
        #expect(try agent.mode(of: "device.key") == 0o600)
        let passwordFile = try String(contentsOfFile: agent.configFolder + "/pgpass", encoding: .utf8)
        #expect(!passwordFile.contains(token) && !passwordFile.contains(String(token.split(separator: ".").last!)))
        let saved = try ServerAddress.parse(String(contentsOfFile: agent.configFolder + "/server.url", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(saved.user == login)

        // The kept password opens the operator's login, and is in no output.
        let password = try #require(PasswordFile.password(for: saved, environment: agent.environment))
        #expect(!(enrolled.output + enrolled.errors).contains(password))
        let asAgent = try cluster.psql(["-d", saved.database, "-c", "SELECT count(*) FROM loan_case"], user: login, password: password)
        #expect(asAgent.status == 0 && asAgent.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "\(asAgent.errors)")

        let reused = try agent.run(["enroll", "--pg", url, "--token", token])
        #expect(reused.status == 1)
        #expect(reused.errors.contains("not accepted"))
        let devices = try cluster.psql(["-d", saved.database, "-c", "SELECT count(*) FROM device"])
        #expect(devices.output.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }

    @Test func enrollingWithoutADeviceIdentityIsRefusedSayingHowToMakeOne() throws {
        let agent = try TeamCommandLine()
        defer { agent.remove() }
        let refused = try agent.run(["enroll", "--pg", "postgresql://someone@/team?host=/nowhere", "--token", "vd_team_x.abcdefghijklmnopqrstuvwxyz012345"])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("visitdesk init --operator"))
    }

    @Test func aBadCSVImportsNothingNamingLineAndColumnAndAnUnknownReferenceAssignsNothing() throws {
        let cluster = try PostgresCluster()
        defer { cluster.stop() }
        let database = try cluster.createDatabase()
        let url = cluster.url(database: database)
        let supervisor = try TeamCommandLine(password: cluster.superuserPassword)
        defer { supervisor.remove() }
        #expect(try supervisor.run(["server", "init", "--pg", url]).status == 0)
        func count(_ sql: String) throws -> String {
            try cluster.psql(["-d", database, "-c", sql]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        let header = "ref,name,phone,id_number,address,product,outstanding,days_overdue\n"
        let bad = supervisor.home + "/bad.csv"
        try (header + "C-1,张三,13812345678,110101199001011237,北京,消费贷,1000.00,30\n"
             + "C-2,李四,13987654321,110101199002021234,上海,消费贷,abc,10\n").write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try supervisor.run(["server", "import", bad, "--pg", url, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("line 3, column 7"), "\(refused.errors)")
        #expect(try count("SELECT count(*) FROM loan_case") == "0")

        let good = supervisor.home + "/good.csv"
        try (header + "C-1,张三,13812345678,110101199001011237,北京,消费贷,1000.00,30\n"
             + "C-2,李四,13987654321,110101199002021234,上海,消费贷,2000.00,10\n"
             + "C-3,王五,13700001111,110101199003031231,广州,车贷,300.50,5\n").write(toFile: good, atomically: true, encoding: .utf8)
        let imported = try supervisor.run(["server", "import", good, "--pg", url, "--lang", "en"])
        #expect(imported.output.contains("3 new cases, 0 updated"), "\(imported.output)\(imported.errors)")
        let reimported = try supervisor.run(["server", "import", good, "--pg", url, "--lang", "en"])
        #expect(reimported.output.contains("0 new cases, 3 updated"), "\(reimported.output)\(reimported.errors)")

        #expect(try supervisor.run(["server", "add-operator", "王磊/WF-0312", "--pg", url]).status == 0)
        let unknown = try supervisor.run(["server", "assign", "C-1", "C-9", "--agent", "WF-0312", "--pg", url, "--lang", "en"])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("C-9") && unknown.errors.contains("nothing was assigned"), "\(unknown.errors)")
        #expect(try count("SELECT count(*) FROM loan_case WHERE assigned_badge IS NOT NULL") == "0")
        let noSuchAgent = try supervisor.run(["server", "assign", "C-1", "--agent", "WF-9999", "--pg", url])
        #expect(noSuchAgent.status == 1 && noSuchAgent.errors.contains("WF-9999"))

        let assigned = try supervisor.run(["server", "assign", "C-1", "C-2", "--agent", "wf-0312", "--pg", url, "--lang", "en"])
        #expect(assigned.output.contains("assigned 2 cases"), "\(assigned.errors)")
        #expect(try count("SELECT string_agg(reference, ',' ORDER BY reference) FROM loan_case WHERE assigned_badge = 'WF-0312'") == "C-1,C-2")

        let table = try supervisor.run(["server", "cases", "--pg", url, "--lang", "en"])
        #expect(table.status == 0)
        #expect(table.output.contains("138****5678") && !table.output.contains("13812345678"))
        #expect(!table.output.contains("110101199001011237"))
        #expect(table.output.contains("unassigned"))
        let json = try supervisor.run(["server", "cases", "--pg", url, "--agent", "WF-0312", "--format", "json"])
        let listed = try #require(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(listed.map { $0["ref"] as? String } == ["C-1", "C-2"])
        #expect(listed.allSatisfy { $0["agent"] as? String == "WF-0312" && ($0["phone"] as? String ?? "").contains("*") })
        let capped = try supervisor.run(["server", "cases", "--pg", url, "--limit", "1", "--lang", "en"])
        #expect(capped.errors.contains("the first 1 of 3"))
        let visits = try supervisor.run(["server", "visits", "--pg", url, "--date", "2026-01-05", "--format", "json"])
        #expect(visits.status == 0)
        #expect(try #require(JSONSerialization.jsonObject(with: Data(visits.output.utf8)) as? [Any]).isEmpty)
    }

    @Test func sslmodeRequireWorksAndAnAddressHoldingAPasswordIsRefused() throws {
        let cluster = try PostgresCluster()
        defer { cluster.stop() }
        let database = try cluster.createDatabase()
        let tlsURL = cluster.tlsURL(database: database)
        let server = try ServerConnection.open(try ServerAddress.parse(tlsURL), password: cluster.superuserPassword)
        defer { server.close() }
        let encrypted = try server.run { connection, logger in
            var ssl = false
            for try await found in try await connection.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", logger: logger)
                .decode(Bool.self) { ssl = found }
            return ssl
        }
        #expect(encrypted)

        let supervisor = try TeamCommandLine(password: cluster.superuserPassword)
        defer { supervisor.remove() }
        let created = try supervisor.run(["server", "init", "--pg", tlsURL, "--lang", "en"])
        #expect(created.status == 0, "\(created.errors)")
        #expect(created.output.contains("created schema version"))

        let withPassword = "postgresql://supervisor:\(cluster.superuserPassword)@127.0.0.1:\(cluster.port)/\(database)?sslmode=require"
        let refused = try supervisor.run(["server", "cases", "--pg", withPassword])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("must not hold a password"))
        #expect(!refused.errors.contains(cluster.superuserPassword))
    }
}
