import Foundation
import TOMLGate
import TOMLKit

/// Custom playbooks as TOML files. The layout (see the README) is the one `export` writes:
///
/// ```toml
/// id = "short-visit"
/// role = "agent"                  # agent | debtor
/// title.zh = "简短外访"
/// title.en = "Short visit"
///
/// [[stages]]
/// id = "arrival"
/// title.zh = "到达"
/// title.en = "Arrival"
/// discusses_debt = false          # optional, default false
///
/// [[stages.items]]
/// id = "arrival.staff-id"         # unique within the playbook
/// text.zh = "出示工作证"
/// text.en = "Staff ID shown"
/// required = true                 # optional, default false
/// hint.zh = "让对方看清工号"        # optional, hint.zh and hint.en together
/// hint.en = "Let them read the badge number"
/// purpose = "staffIDShown"        # optional, see ItemPurpose
/// ```
public enum PlaybookTOML {
    /// Parses a playbook from TOML text; `file` is the name used in error messages.
    public static func parse(_ text: String, file: String) throws(PlaybookError) -> Playbook {
        let root: TOMLTable
        do {
            root = try TOMLGate.parse(text)
        } catch {
            throw PlaybookError.syntax(file: file, line: error.line, column: error.column, message: error.message)
        }
        return try PlaybookTOMLReader(file: file, locator: TOMLKeyLocator(source: text)).playbook(root)
    }

    /// Reads and parses the playbook in a TOML file; errors name the file's path.
    public static func load(contentsOf url: URL) throws(PlaybookError) -> Playbook {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw PlaybookError.unreadable(file: url.path, reason: "no such file")
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PlaybookError.unreadable(file: url.path, reason: "not readable as UTF-8 text")
        }
        return try parse(text, file: url.path)
    }

    /// The playbook as TOML text that `parse` reads back to an equal playbook.
    public static func export(_ playbook: Playbook) -> String {
        var lines = [
            "# VisitDesk playbook. Edit, then place it in $XDG_CONFIG_HOME/visitdesk/playbooks/.",
            "id = \(QuotedString.of(playbook.id))",
            "role = \(QuotedString.of(playbook.role.rawValue))",
        ]
        lines += localized("title", playbook.title)
        for stage in playbook.stages {
            lines += ["", "[[stages]]", "id = \(QuotedString.of(stage.id))"]
            lines += localized("title", stage.title)
            lines.append("discusses_debt = \(stage.discussesDebt)")
            for item in stage.items {
                lines += ["", "[[stages.items]]", "id = \(QuotedString.of(item.id))"]
                lines += localized("text", item.text)
                lines.append("required = \(item.required)")
                if let hint = item.hint {
                    lines += localized("hint", hint)
                }
                if let purpose = item.purpose {
                    lines.append("purpose = \(QuotedString.of(purpose.rawValue))")
                }
                if let check = item.check {
                    lines.append("check = \(QuotedString.of(check.name))")
                    if case .noticeSent(let daysBefore) = check { lines.append("days_before = \(daysBefore)") }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func localized(_ key: String, _ text: LocalizedText) -> [String] {
        ["\(key).zh = \(QuotedString.of(text.zh))", "\(key).en = \(QuotedString.of(text.en))"]
    }
}
