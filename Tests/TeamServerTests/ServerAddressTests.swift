import Foundation
@testable import TeamServer
import Testing

@Suite struct ServerAddressTests {
    @Test func urlsReadAsLibpqReadsThem() throws {
        let tcp = try ServerAddress.parse("postgresql://vd_team_wf_0312@db.example.cn:6432/team?sslmode=require", environment: [:])
        #expect(tcp == ServerAddress(user: "vd_team_wf_0312", host: "db.example.cn", port: 6432, database: "team", tls: .require))
        #expect(tcp.description == "postgresql://vd_team_wf_0312@db.example.cn:6432/team?sslmode=require")
        let socket = try ServerAddress.parse("postgres://supervisor@/team?host=/tmp/pg&port=5999", environment: [:])
        #expect(socket.isUnixSocket && socket.socketPath == "/tmp/pg/.s.PGSQL.5999" && socket.database == "team")
        #expect(try ServerAddress.parse(socket.description, environment: [:]) == socket)
        #expect(try ServerAddress.parse("postgresql://@/team", environment: ["PGUSER": "ops", "PGHOST": "/run/pg"]).user == "ops")
    }

    @Test func aPasswordInTheAddressIsRefusedWithoutShowingIt() {
        for url in ["postgresql://ops:s3cret@db/team", "postgresql://ops@db/team?password=s3cret"] {
            #expect(throws: ServerError.passwordInAddress) { try ServerAddress.parse(url, environment: [:]) }
        }
        #expect(!ServerError.passwordInAddress.explanation.en.contains("s3cret"))
    }

    @Test func badAddressesSayWhatIsWrong() {
        for (url, words) in [("mysql://ops@db/team", "postgresql://"), ("postgresql://ops@db:99999/team", "port"),
                             ("postgresql://ops@db/team?sslmode=sometimes", "sslmode"), ("postgresql://db/team", "user")] {
            do {
                _ = try ServerAddress.parse(url, environment: [:])
                Issue.record("\(url) was accepted")
            } catch {
                #expect(error.explanation.en.contains(words), "\(error.explanation.en)")
            }
        }
    }

    @Test func thePasswordFileIsReadOnlyWhenPrivate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-pgpass-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = PasswordFile(path: folder + "/pgpass")
        let address = ServerAddress(user: "vd_team_wf_0312", host: "/tmp/pg", port: 5999, database: "team")
        try file.store(password: "pa:ss\\word", for: address)
        try file.store(password: "newer", for: address)
        #expect(file.password(for: address) == "newer")
        #expect(file.password(for: address.loggedIn(as: "someone_else")) == nil)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        #expect(file.password(for: address) == nil)
        #expect(PasswordFile.password(for: address, environment: ["PGPASSWORD": "from-env"]) == "from-env")
        #expect(PasswordFile.fields(of: #"h:5432:db:u:pa\:ss\\word"#) == ["h", "5432", "db", "u", #"pa:ss\word"#])
    }

    @Test func aScriptIsCutIntoStatementsOutsideQuotesBodiesAndComments() {
        let script = """
            CREATE TABLE a (x text DEFAULT ';');
            -- a comment; with a semicolon
            CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$;
            CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT 'a;b' $body$;
            """
        let statements = SQLScript.statements(of: script)
        #expect(statements.count == 3, "\(statements)")
        #expect(statements[1].hasSuffix("END $$"))
        #expect(statements[2].hasSuffix("$body$"))
    }
}
