import Foundation
import Testing
@testable import VisitDesk

@Suite("Playbook TOML")
struct PlaybookTOMLTests {
    static let minimal = """
        id = "short"
        role = "agent"
        title.zh = "简短外访"
        title.en = "Short visit"

        [[stages]]
        id = "arrival"
        title.zh = "到达"
        title.en = "Arrival"

        [[stages.items]]
        id = "arrival.staff-id"
        text.zh = "出示工作证"
        text.en = "Staff ID shown"
        required = true
        purpose = "staffIDShown"

        [[stages]]
        id = "talk"
        title = { zh = "沟通", en = "Talk" }
        discusses_debt = true

        [[stages.items]]
        id = "talk.reason"
        text.zh = "了解原因"
        text.en = "Reason heard"
        hint.zh = "耐心听"
        hint.en = "Listen patiently"
        """

    /// The minimal playbook with one line replaced (1-based), to provoke one error.
    static func minimal(replacingLine line: Int, with text: String) -> String {
        var lines = minimal.components(separatedBy: "\n")
        lines[line - 1] = text
        return lines.joined(separator: "\n")
    }

    static func error(_ text: String) -> PlaybookError? {
        do {
            _ = try PlaybookTOML.parse(text, file: "short.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func minimalPlaybookParsesWithDefaults() throws {
        let playbook = try PlaybookTOML.parse(Self.minimal, file: "short.toml")
        #expect(playbook.id == "short")
        #expect(playbook.role == .agent)
        #expect(playbook.title == LocalizedText(zh: "简短外访", en: "Short visit"))
        #expect(playbook.stages.map(\.id) == ["arrival", "talk"])
        #expect(playbook.stages[0].discussesDebt == false)
        #expect(playbook.stages[1].discussesDebt == true)
        #expect(playbook.stages[1].title.en == "Talk")
        let staffID = try #require(playbook.item("arrival.staff-id"))
        #expect(staffID.required && staffID.purpose == .staffIDShown && staffID.hint == nil)
        let reason = try #require(playbook.item("talk.reason"))
        #expect(!reason.required && reason.purpose == nil)
        #expect(reason.hint == LocalizedText(zh: "耐心听", en: "Listen patiently"))
    }

    @Test(arguments: BuiltInPlaybooks.all)
    func exportedBuiltInParsesBackToAnEqualPlaybook(playbook: Playbook) throws {
        let text = PlaybookTOML.export(playbook)
        #expect(try PlaybookTOML.parse(text, file: "\(playbook.id).toml") == playbook)
    }

    @Test func exportEscapesQuotesBackslashesAndNewlines() throws {
        var playbook = try PlaybookTOML.parse(Self.minimal, file: "short.toml")
        playbook.title = LocalizedText(zh: "带\"引号\"的\\标题", en: "Line one\nline two\ttabbed")
        #expect(try PlaybookTOML.parse(PlaybookTOML.export(playbook), file: "x.toml") == playbook)
    }

    @Test func badSyntaxNamesFileLineAndColumn() {
        let error = Self.error(Self.minimal(replacingLine: 12, with: "id = \"arrival.staff-id"))
        guard case .syntax(let file, let line, _, _) = error else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(file == "short.toml")
        #expect(line == 12)
        #expect(error?.description.hasPrefix("short.toml:12:") == true)
    }

    @Test func missingKeyPointsAtTheTableThatLacksIt() {
        let error = Self.error(Self.minimal(replacingLine: 14, with: ""))
        #expect(error == .missingKey(file: "short.toml", line: 11, key: "stages[1].items[1].text.en"))
        #expect(error?.description == "short.toml:11: missing key stages[1].items[1].text.en")
    }

    @Test func missingTopLevelKeyPointsAtTheFirstLine() {
        let error = Self.error(Self.minimal(replacingLine: 1, with: ""))
        #expect(error == .missingKey(file: "short.toml", line: 1, key: "id"))
    }

    @Test func wrongTypeNamesTheKeyAndItsLine() {
        let error = Self.error(Self.minimal(replacingLine: 15, with: "required = \"yes\""))
        #expect(error == .wrongType(file: "short.toml", line: 15, key: "stages[1].items[1].required", expected: "true or false"))
    }

    @Test func textThatIsNotATableIsAWrongType() {
        let error = Self.error(Self.minimal(replacingLine: 20, with: "title = \"沟通\""))
        guard case .wrongType(_, 20, "stages[2].title", _) = error else {
            Issue.record("expected a wrong type on line 20, got \(String(describing: error))")
            return
        }
    }

    @Test func unknownRoleListsTheKnownOnes() {
        let error = Self.error(Self.minimal(replacingLine: 2, with: "role = \"collector\""))
        #expect(error == .unknownRole(file: "short.toml", line: 2, value: "collector"))
        #expect(error?.description.contains("agent, debtor") == true)
    }

    @Test func unknownPurposeIsRejected() {
        let error = Self.error(Self.minimal(replacingLine: 16, with: "purpose = \"badgeShown\""))
        #expect(error == .unknownPurpose(file: "short.toml", line: 16, value: "badgeShown"))
    }

    @Test func misspelledKeyIsRejectedRatherThanIgnored() {
        let error = Self.error(Self.minimal(replacingLine: 15, with: "requried = true"))
        #expect(error == .unknownKey(file: "short.toml", line: 15, key: "stages[1].items[1].requried"))
    }

    @Test func duplicateItemIDPointsAtTheSecondOne() {
        let error = Self.error(Self.minimal(replacingLine: 24, with: "id = \"arrival.staff-id\""))
        #expect(error == .duplicateItemID(file: "short.toml", line: 24, id: "arrival.staff-id"))
    }

    @Test func duplicateStageIDIsRejected() {
        let error = Self.error(Self.minimal(replacingLine: 19, with: "id = \"arrival\""))
        #expect(error == .duplicateStageID(file: "short.toml", line: 19, id: "arrival"))
    }

    @Test func emptyTextIsRejected() {
        let error = Self.error(Self.minimal(replacingLine: 13, with: "text.zh = \"  \""))
        #expect(error == .emptyValue(file: "short.toml", line: 13, key: "stages[1].items[1].text.zh"))
    }

    @Test func playbookWithoutStagesIsRejected() {
        let error = Self.error("id = \"x\"\nrole = \"debtor\"\ntitle.zh = \"空\"\ntitle.en = \"Empty\"\n")
        #expect(error == .missingKey(file: "short.toml", line: 1, key: "stages"))
    }

    @Test func loadNamesTheFilePathWhenItCannotBeRead() {
        let url = URL(fileURLWithPath: "/nonexistent/visitdesk/none.toml")
        #expect {
            try PlaybookTOML.load(contentsOf: url)
        } throws: { error in
            (error as? PlaybookError)?.file == url.path
        }
    }
}
