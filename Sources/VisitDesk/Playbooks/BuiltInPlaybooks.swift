/// The two playbooks compiled into VisitDesk: one for the visiting agent, one for the
/// debtor being visited. Their stage and item ids are stable: stored events refer to them.
public enum BuiltInPlaybooks {
    /// Both built-in playbooks, agent first.
    public static let all: [Playbook] = [agent, debtor]

    /// The built-in playbook with this id, if there is one.
    public static func playbook(id: String) -> Playbook? {
        all.first { $0.id == id }
    }
}

/// A checklist item written compactly: Chinese and English text side by side.
func checklistItem(
    _ id: String, zh: String, en: String, required: Bool = false,
    hint: (zh: String, en: String)? = nil, purpose: ItemPurpose? = nil
) -> ChecklistItem {
    ChecklistItem(
        id: id, text: LocalizedText(zh: zh, en: en), required: required,
        hint: hint.map { LocalizedText(zh: $0.zh, en: $0.en) }, purpose: purpose
    )
}
