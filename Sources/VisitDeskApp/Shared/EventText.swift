import VisitDesk

/// One line per event kind, for the review timeline.
enum EventText {
    static func describe(_ kind: VisitEventKind, playbook: Playbook?, language: Language) -> String {
        let zh = language == .zh
        switch kind {
        case .started(let role, let playbookID, let visitors, let location, _):
            let people = visitors.map { "\($0.name)/\($0.badge)" }.joined(separator: ", ")
            return zh ? "开始上门（\(role.label.zh)，\(playbookID)）\(people) \(location)"
                      : "visit started (\(role.label.en), \(playbookID)) \(people) \(location)"
        case .stageEntered(let stageID):
            let title = playbook?.stages.first { $0.id == stageID }?.title[language] ?? stageID
            return (zh ? "进入阶段：" : "stage entered: ") + title
        case .itemMarked(let itemID, let mark):
            let item = playbook?.item(itemID)?.text[language] ?? itemID
            return "\(mark.symbol) \(item)" + markSuffix(mark, zh: zh)
        case .noteAdded(_, let text):
            return (zh ? "记录：" : "note: ") + text
        case .noteAmended(_, let text):
            return (zh ? "修改记录：" : "note amended: ") + text
        case .outcomeRecorded(let outcome):
            return (zh ? "结果：" : "outcome: ") + OutcomeText.describe(outcome, language: language)
        case .personalDataRevealed(let fields):
            return (zh ? "显示个人信息：" : "personal data revealed: ") + fields.map(\.rawValue).joined(separator: ", ")
        case .personalDataHidden:
            return zh ? "隐藏个人信息" : "personal data hidden"
        case .ended(let reason):
            return (zh ? "结束：" : "ended: ") + reason.label[language]
        case .undone(let sequence):
            return zh ? "撤销 #\(sequence)" : "undid #\(sequence)"
        }
    }

    private static func markSuffix(_ mark: ItemMark, zh: Bool) -> String {
        switch mark {
        case .skipped(let reason): zh ? " — 跳过：\(reason)" : " — skipped: \(reason)"
        case .notApplicable: zh ? " — 不适用" : " — not applicable"
        case .pending: zh ? " — 改回待办" : " — pending again"
        case .done: ""
        }
    }
}
