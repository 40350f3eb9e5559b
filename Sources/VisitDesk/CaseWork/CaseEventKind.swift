import Foundation

/// What happened on a case outside its visits. A case's events form their own hash chain,
/// entered in the store-wide ledger like visit events; none is ever changed or removed:
/// a correction is a new event (an appointment recorded again under its id, a hand mark).
public enum CaseEventKind: Codable, Hashable, Sendable {
    case contactAttempted(ContactAttempt)
    /// A new appointment, or a change to the one with the same id.
    case appointmentSet(Appointment)
    case appointmentCancelled(appointmentID: String, reason: String)
    /// The next action set by hand.
    case nextActionSet(NextAction)
    case paymentPosted(Payment)
    /// A hand decision on an obligation (`Obligation.id`), which then no longer follows the payment rule.
    /// `visitUID`, the global id of the visit that agreed it, is filled in when the mark is
    /// recorded (marks from before working as a team lack it): obligation ids number visits as
    /// each desk does, so another desk finds the obligation through it.
    case obligationMarked(obligationID: String, state: ObligationState, reason: String, visitUID: String? = nil)
    case evidenceAttached(Attachment)

    /// The name stored in the event row's `kind` column.
    public var name: String {
        switch self {
        case .contactAttempted: "contactAttempted"
        case .appointmentSet: "appointmentSet"
        case .appointmentCancelled: "appointmentCancelled"
        case .nextActionSet: "nextActionSet"
        case .paymentPosted: "paymentPosted"
        case .obligationMarked: "obligationMarked"
        case .evidenceAttached: "evidenceAttached"
        }
    }
}

/// One row of a case's audit log.
public struct CaseEvent: Codable, Hashable, Sendable {
    public var caseID: Int64
    /// 1, 2, 3… within the case.
    public var sequence: Int
    /// When it was recorded.
    public var at: Date
    public var kind: CaseEventKind
    /// SHA-256 (hex) of the previous case event's hash followed by this event's canonical encoding.
    public var hash: String

    public init(caseID: Int64, sequence: Int, at: Date, kind: CaseEventKind, hash: String) {
        self.caseID = caseID
        self.sequence = sequence
        self.at = at
        self.kind = kind
        self.hash = hash
    }
}
