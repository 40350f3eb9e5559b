/// How much a warning matters.
public enum RuleSeverity: Int, Codable, Sendable, Comparable, CaseIterable {
    /// A reminder of something still to do.
    case info
    /// Something to look at.
    case warning
    /// Something that may breach the rules for home visits.
    case serious

    public static func < (a: RuleSeverity, b: RuleSeverity) -> Bool { a.rawValue < b.rawValue }

    /// The severity as people say it.
    public var label: LocalizedText {
        switch self {
        case .info: LocalizedText(zh: "提示", en: "Note")
        case .warning: LocalizedText(zh: "警告", en: "Warning")
        case .serious: LocalizedText(zh: "严重", en: "Serious")
        }
    }
}

/// The stable identifiers of the compliance rules.
public enum RuleID: String, Codable, Sendable, CaseIterable {
    case outsideWorkingHours
    case debtBeforeIdentification
    case debtBeforeRightPerson
    case recordingNotAnnounced
    case identificationPending
    case rightPersonPending
    case recordingPending
    case tooFewVisitors
    case instalmentAboveIncomeShare
    case planWhileDisputed
    case continuedAfterAskedToLeave
    case askedToLeaveNotEnded
    case figuresOutOfRange
}

/// One finding of the compliance rules over a visit. A record-keeping aid, not legal advice.
public struct RuleWarning: Codable, Hashable, Sendable, Identifiable {
    public var id: RuleID
    public var severity: RuleSeverity
    public var text: LocalizedText

    public init(id: RuleID, severity: RuleSeverity, text: LocalizedText) {
        self.id = id
        self.severity = severity
        self.text = text
    }
}
