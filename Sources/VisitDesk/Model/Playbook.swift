/// What a checklist item proves, for the compliance rules (see `VisitDesk/Rules`).
public enum ItemPurpose: String, Codable, Sendable, CaseIterable {
    case staffIDShown, authorisationShown, recordingAnnounced, rightPersonConfirmed
}

/// One thing to check or do during a stage.
public struct ChecklistItem: Codable, Hashable, Sendable, Identifiable {
    /// Unique within its playbook, e.g. `arrival.staff-id`.
    public var id: String
    public var text: LocalizedText
    public var required: Bool
    public var hint: LocalizedText?
    public var purpose: ItemPurpose?
    /// Set for an item the case's records answer rather than a tick (see `RecordCheck`).
    public var check: RecordCheck?

    public init(id: String, text: LocalizedText, required: Bool = false, hint: LocalizedText? = nil, purpose: ItemPurpose? = nil,
                check: RecordCheck? = nil) {
        self.id = id
        self.text = text
        self.required = required
        self.hint = hint
        self.purpose = purpose
        self.check = check
    }
}

/// A step of a visit with its checklist.
public struct Stage: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var title: LocalizedText
    /// The debt itself is talked about here, so identity checks must come first.
    public var discussesDebt: Bool
    public var items: [ChecklistItem]

    public init(id: String, title: LocalizedText, discussesDebt: Bool = false, items: [ChecklistItem]) {
        self.id = id
        self.title = title
        self.discussesDebt = discussesDebt
        self.items = items
    }
}

/// An ordered list of stages for one role.
public struct Playbook: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var role: Role
    public var title: LocalizedText
    public var stages: [Stage]

    public init(id: String, role: Role, title: LocalizedText, stages: [Stage]) {
        self.id = id
        self.role = role
        self.title = title
        self.stages = stages
    }

    public func stage(containing itemID: String) -> Stage? {
        stages.first { $0.items.contains { $0.id == itemID } }
    }

    public func item(_ itemID: String) -> ChecklistItem? {
        stages.lazy.flatMap(\.items).first { $0.id == itemID }
    }
}
