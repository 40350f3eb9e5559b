import VisitDesk

/// One line per event kind, for the review timeline.
enum EventText {
    static func describe(_ kind: VisitEventKind, playbook: Playbook?, role: Role, language: Language) -> String {
        switch kind {
        case .started(let role, let playbookID, let visitors, let location, _):
            let people = VisitorList.typed(visitors)
            return LocalizedText(zh: "开始上门（\(role.label.zh)，\(playbookID)）\(people) \(location)", en: "visit started (\(role.label.en), \(playbookID)) \(people) \(location)")[language]
        case .stageEntered(let stageID):
            let title = playbook?.stages.first { $0.id == stageID }?.title[language] ?? stageID
            return LocalizedText(zh: "进入阶段：", en: "stage entered: ")[language] + title
        case .itemMarked(let itemID, let mark):
            let item = playbook?.item(itemID)?.text[language] ?? itemID
            return "\(mark.symbol) \(item)" + markSuffix(mark, language: language)
        case .noteAdded(_, let text):
            return LocalizedText(zh: "记录：", en: "note: ")[language] + text
        case .noteAmended(_, let text):
            return LocalizedText(zh: "修改记录：", en: "note amended: ")[language] + text
        case .outcomeRecorded(let outcome):
            return LocalizedText(zh: "结果：", en: "outcome: ")[language] + OutcomeText.describe(outcome, role: role, language: language)
        case .personalDataRevealed(let fields):
            return LocalizedText(zh: "显示个人信息：", en: "personal data revealed: ")[language] + fields.map(\.rawValue).joined(separator: ", ")
        case .personalDataHidden:
            return LocalizedText(zh: "隐藏个人信息", en: "personal data hidden")[language]
        case .ended(let reason):
            return LocalizedText(zh: "结束：", en: "ended: ")[language] + reason.label(for: role)[language]
        case .undone(let sequence):
            return LocalizedText(zh: "撤销 #\(sequence)", en: "undid #\(sequence)")[language]
        case .visitorsChanged(let visitors):
            return LocalizedText(zh: "更正上门人员：", en: "visitors corrected: ")[language] + VisitorList.typed(visitors)
        case .addendumAdded(_, let text):
            return LocalizedText(zh: "补记（结束后）：", en: "addendum (after the end): ")[language] + text
        case .statementRecorded(let statement):
            return LocalizedText(zh: "债务人陈述：", en: "debtor's account: ")[language] + StatementText.describe(statement, language: language)
        case .evidenceAttached(let attachment):
            return LocalizedText(zh: "附件：", en: "evidence attached: ")[language] + AttachmentText.line(attachment)
        }
    }

    private static func markSuffix(_ mark: ItemMark, language: Language) -> String {
        switch mark {
        case .skipped(let reason): LocalizedText(zh: " — 跳过：\(reason)", en: " — skipped: \(reason)")[language]
        case .notApplicable: LocalizedText(zh: " — 不适用", en: " — not applicable")[language]
        case .pending: LocalizedText(zh: " — 改回待办", en: " — pending again")[language]
        case .done: ""
        }
    }
}
