import Foundation
import Testing
@testable import VisitDesk

@Suite struct RulesConfigTests {
    @Test func everyKeyIsRead() throws {
        let config = try VisitDeskConfig.parse("""
            [rules]
            working_hours_start = "09:00"
            working_hours_end = "20:30"
            time_zone = "Asia/Shanghai"
            max_instalment_percent = 40
            min_visitors = 3

            [desk]
            language = "en"
            theme = "solarized"
            """, file: "config.toml")
        #expect(config.rules.workdayStart == TimeOfDay(hour: 9, minute: 0))
        #expect(config.rules.workdayEnd == TimeOfDay(hour: 20, minute: 30))
        #expect(config.rules.timeZone.identifier == "Asia/Shanghai")
        #expect(config.rules.maxInstalmentPercent == 40 && config.rules.minVisitors == 3)
        #expect(config.language == .en && config.theme == "solarized")
    }

    @Test func anEmptyOrMissingFileMeansTheDefaults() throws {
        let empty = try VisitDeskConfig.parse("", file: "config.toml")
        #expect(empty == VisitDeskConfig())
        #expect(empty.rules.workdayStart.description == "08:00" && empty.rules.workdayEnd.description == "21:00")
        #expect(empty.rules.maxInstalmentPercent == 50 && empty.rules.minVisitors == 2)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-config-\(UUID().uuidString)").path
        #expect(try VisitDeskConfig.load(environment: ["HOME": home]) == VisitDeskConfig())
    }

    @Test func theFileIsLookedForUnderXDGConfigHome() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("visitdesk"), withIntermediateDirectories: true)
        try "[rules]\nmin_visitors = 1\n".write(to: directory.appendingPathComponent("visitdesk/config.toml"), atomically: true, encoding: .utf8)
        #expect(VisitDeskConfig.defaultPath(environment: ["XDG_CONFIG_HOME": directory.path]) == directory.path + "/visitdesk/config.toml")
        #expect(VisitDeskConfig.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.config/visitdesk/config.toml")
        #expect(try VisitDeskConfig.load(environment: ["XDG_CONFIG_HOME": directory.path]).rules.minVisitors == 1)
    }

    @Test(arguments: [
        ("[rules]\nmin_visitors = \"two\"\n", ConfigError.wrongType(file: "c.toml", line: 2, key: "rules.min_visitors", expected: "a whole number")),
        ("[rules]\n\nmax_instalment_percent = 0\n", .badValue(file: "c.toml", line: 3, key: "rules.max_instalment_percent", reason: "0 is not between 1 and 100")),
        ("[rules]\nworking_hours_start = \"8am\"\n", .badValue(file: "c.toml", line: 2, key: "rules.working_hours_start", reason: "\"8am\" is not a time like \"08:00\"")),
        ("[rules]\nworking_hours_start = \"22:00\"\n", .badValue(file: "c.toml", line: 1, key: "rules.working_hours_end", reason: "working hours must end after they start (22:00)")),
        ("[rules]\ntime_zone = \"Mars/Base\"\n", .badValue(file: "c.toml", line: 2, key: "rules.time_zone", reason: "\"Mars/Base\" is not a time zone like \"Asia/Shanghai\"")),
        ("[rules]\nmin_vistors = 2\n", .unknownKey(file: "c.toml", line: 2, key: "rules.min_vistors")),
        ("theme = \"x\"\n", .unknownKey(file: "c.toml", line: 1, key: "theme")),
        ("[desk]\nlanguage = \"fr\"\n", .badValue(file: "c.toml", line: 2, key: "desk.language", reason: "\"fr\" is neither \"zh\" nor \"en\"")),
    ])
    func errorsNameFileLineAndKey(text: String, error: ConfigError) {
        #expect(throws: error) { try VisitDeskConfig.parse(text, file: "c.toml") }
    }

    @Test func syntaxErrorsNameTheLine() {
        #expect {
            try VisitDeskConfig.parse("[rules]\nmin_visitors = = 2\n", file: "c.toml")
        } throws: { error in
            guard case .syntax(let file, let line, _, _) = error as? ConfigError else { return false }
            return file == "c.toml" && line == 2
        }
        #expect(ConfigError.wrongType(file: "c.toml", line: 2, key: "rules.min_visitors", expected: "a whole number").description
            == "c.toml:2: rules.min_visitors must be a whole number")
    }
}
