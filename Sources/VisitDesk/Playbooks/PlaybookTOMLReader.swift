import TOMLGate
import TOMLKit

/// Turns a parsed TOML table into a `Playbook`, checking every key and naming the line of
/// anything wrong.
struct PlaybookTOMLReader {
    let file: String
    let locator: TOMLKeyLocator

    /// A table being read, where it sits in the source, and how to name its keys.
    private struct Scope {
        var table: TOMLTable
        /// The table's path as the locator knows it, with 0-based indices (`stages[1]`, `items[0]`, `text`).
        var path: [String]
        /// Key prefix shown to the user, with indices from 1 (`stages[2].items[1].text`).
        var display: String

        func display(_ key: String) -> String { display.isEmpty ? key : display + "." + key }

        func child(_ key: String, table: TOMLTable) -> Scope {
            Scope(table: table, path: path + [key], display: display(key))
        }
    }

    func playbook(_ root: TOMLTable) throws(PlaybookError) -> Playbook {
        let top = Scope(table: root, path: [], display: "")
        try checkKeys(top, allowed: ["id", "role", "title", "stages"])
        let id = try string(top, "id")
        let roleName = try string(top, "role")
        guard let role = Role(rawValue: roleName) else {
            throw PlaybookError.unknownRole(file: file, line: line(top, "role"), value: roleName)
        }
        let title = try localized(top, "title")

        var stages: [Stage] = []
        var stageIDs: Set<String> = []
        var itemIDs: Set<String> = []
        for (stageIndex, stageTable) in try tables(top, "stages").enumerated() {
            let stageScope = Scope(
                table: stageTable, path: ["stages[\(stageIndex)]"], display: "stages[\(stageIndex + 1)]")
            try checkKeys(stageScope, allowed: ["id", "title", "discusses_debt", "items"])
            let stageID = try string(stageScope, "id")
            guard stageIDs.insert(stageID).inserted else {
                throw PlaybookError.duplicateStageID(file: file, line: line(stageScope, "id"), id: stageID)
            }
            var items: [ChecklistItem] = []
            for (itemIndex, itemTable) in try tables(stageScope, "items").enumerated() {
                let itemScope = Scope(
                    table: itemTable, path: ["stages[\(stageIndex)]", "items[\(itemIndex)]"],
                    display: "stages[\(stageIndex + 1)].items[\(itemIndex + 1)]")
                let item = try checklistItem(itemScope)
                guard itemIDs.insert(item.id).inserted else {
                    throw PlaybookError.duplicateItemID(file: file, line: line(itemScope, "id"), id: item.id)
                }
                items.append(item)
            }
            stages.append(Stage(
                id: stageID, title: try localized(stageScope, "title"),
                discussesDebt: try optionalBool(stageScope, "discusses_debt") ?? false, items: items))
        }
        return Playbook(id: id, role: role, title: title, stages: stages)
    }

    private func checklistItem(_ scope: Scope) throws(PlaybookError) -> ChecklistItem {
        try checkKeys(scope, allowed: ["id", "text", "required", "hint", "purpose", "check", "days_before"])
        let id = try string(scope, "id")
        let text = try localized(scope, "text")
        let required = try optionalBool(scope, "required") ?? false
        let hint: LocalizedText? = scope.table["hint"] == nil ? nil : try localized(scope, "hint")
        var purpose: ItemPurpose?
        if scope.table["purpose"] != nil {
            let name = try string(scope, "purpose")
            guard let known = ItemPurpose(rawValue: name) else {
                throw PlaybookError.unknownPurpose(file: file, line: line(scope, "purpose"), value: name)
            }
            purpose = known
        }
        return ChecklistItem(id: id, text: text, required: required, hint: hint, purpose: purpose, check: try check(scope))
    }

    /// `check = "notice-sent"` (with an optional `days_before`), `"appointment-confirmed"` or `"contact-reached"`.
    private func check(_ scope: Scope) throws(PlaybookError) -> RecordCheck? {
        var daysBefore: Int?
        if let value = scope.table["days_before"] {
            guard let number = value.int, RecordCheck.daysBeforeRange.contains(number) else {
                throw PlaybookError.wrongType(file: file, line: line(scope, "days_before"), key: scope.display("days_before"),
                                              expected: "a whole number of days from \(RecordCheck.daysBeforeRange.lowerBound) to \(RecordCheck.daysBeforeRange.upperBound)")
            }
            daysBefore = number
        }
        guard scope.table["check"] != nil else {
            if daysBefore != nil { throw PlaybookError.missingKey(file: file, line: line(scope, "days_before"), key: scope.display("check")) }
            return nil
        }
        let name = try string(scope, "check")
        guard let check = RecordCheck(name: name, daysBefore: daysBefore) else {
            throw PlaybookError.unknownCheck(file: file, line: line(scope, "check"), value: name)
        }
        if daysBefore != nil, check.name != "notice-sent" {
            throw PlaybookError.unknownKey(file: file, line: line(scope, "days_before"), key: scope.display("days_before") + " (only with check = \"notice-sent\")")
        }
        return check
    }

    private func line(_ scope: Scope, _ key: String) -> Int {
        locator.line(of: scope.path + [key]) ?? 1
    }

    private func checkKeys(_ scope: Scope, allowed: Set<String>) throws(PlaybookError) {
        if let unknown = scope.table.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw PlaybookError.unknownKey(file: file, line: line(scope, unknown), key: SafeText.neutralised(scope.display(unknown)))
        }
    }

    private func value(_ scope: Scope, _ key: String) throws(PlaybookError) -> TOMLValueConvertible {
        guard let value = scope.table[key] else {
            throw PlaybookError.missingKey(file: file, line: line(scope, key), key: scope.display(key))
        }
        return value
    }

    /// A required, non-empty string without control characters or bidirectional overrides;
    /// `allowing` says whether it may hold line breaks and tabs (texts may, ids and names may not).
    private func string(_ scope: Scope, _ key: String, allowing allowance: SafeText.Allowance = []) throws(PlaybookError) -> String {
        guard let text = try value(scope, key).string else {
            throw PlaybookError.wrongType(file: file, line: line(scope, key), key: scope.display(key), expected: "a string")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw PlaybookError.emptyValue(file: file, line: line(scope, key), key: scope.display(key))
        }
        if let unsafe = SafeText.firstUnsafeCharacter(in: text, allowing: allowance) {
            throw PlaybookError.unsafeCharacter(file: file, line: line(scope, key), key: scope.display(key), character: unsafe.name)
        }
        return text
    }

    private func optionalBool(_ scope: Scope, _ key: String) throws(PlaybookError) -> Bool? {
        guard let value = scope.table[key] else { return nil }
        guard let flag = value.bool else {
            throw PlaybookError.wrongType(
                file: file, line: line(scope, key), key: scope.display(key), expected: "true or false")
        }
        return flag
    }

    /// A table with non-empty `zh` and `en` strings.
    private func localized(_ scope: Scope, _ key: String) throws(PlaybookError) -> LocalizedText {
        guard let table = try value(scope, key).table else {
            throw PlaybookError.wrongType(
                file: file, line: line(scope, key), key: scope.display(key),
                expected: "a table with zh and en (\(key).zh = \"…\", \(key).en = \"…\")")
        }
        let inner = scope.child(key, table: table)
        try checkKeys(inner, allowed: ["zh", "en"])
        return LocalizedText(zh: try string(inner, "zh", allowing: [.newline, .tab]), en: try string(inner, "en", allowing: [.newline, .tab]))
    }

    /// A required, non-empty array of tables (`[[key]]`).
    private func tables(_ scope: Scope, _ key: String) throws(PlaybookError) -> [TOMLTable] {
        let header = scope.path.isEmpty ? key : "stages." + key
        let expected = "an array of tables ([[\(header)]])"
        guard let array = try value(scope, key).array else {
            throw PlaybookError.wrongType(file: file, line: line(scope, key), key: scope.display(key), expected: expected)
        }
        var tables: [TOMLTable] = []
        for element in array {
            guard let table = element.table else {
                throw PlaybookError.wrongType(file: file, line: line(scope, key), key: scope.display(key), expected: expected)
            }
            tables.append(table)
        }
        guard !tables.isEmpty else {
            throw PlaybookError.emptyValue(file: file, line: line(scope, key), key: scope.display(key))
        }
        return tables
    }
}
