/// A case's records outside its visits as JSON: one object per case event, oldest first, with
/// its sequence in the case's chain, when it was recorded (ISO 8601, UTC), its kind, and the
/// fields of that kind (`channel`, `at`, `result`, `note` for a contact attempt; `appointment_id`,
/// `day`, `time`, `place`, `visitors`, `confirmed` for an appointment…). A record another
/// device of the team made names its operator and device (`recordedBy`, `device`), and its
/// sequence is its place in that device's stream of the case.
public enum CaseRecordExport {
    public static func json(reference: String, events: [AuthoredCaseEvent]) -> String {
        ExportJSON.encode(events.map { ExportedCaseEvent(reference: reference, event: $0.event, author: $0.author) })
    }
}

/// One case event as exported; fields a kind does not have are left out.
struct ExportedCaseEvent: Encodable {
    struct ExportedVisitor: Encodable {
        var name: String
        var badge: String
    }

    var `case`: String
    var sequence: Int
    var recordedAt: String
    var kind: String
    var channel: String?
    var at: String?
    var result: String?
    var note: String?
    var appointmentID: String?
    var day: String?
    var time: String?
    var place: String?
    var visitors: [ExportedVisitor]?
    var confirmed: Bool?
    var reason: String?
    var action: String?
    var amount: String?
    var source: String?
    var obligationID: String?
    var state: String?
    var name: String?
    var size: Int64?
    var type: String?
    var sha256: String?
    var caption: String?
    var recordedBy: String?
    var device: String?

    init(reference: String, event: CaseEvent, author: EventAuthor?) {
        self.case = reference
        (recordedBy, device) = (author?.operatorName, author?.device)
        sequence = event.sequence
        recordedAt = Timestamp.iso8601(event.at)
        kind = event.kind.name
        switch event.kind {
        case .contactAttempted(let attempt):
            (channel, at, result, note) = (attempt.channel.rawValue, Timestamp.iso8601(attempt.at), attempt.result.rawValue, attempt.note)
        case .appointmentSet(let appointment):
            (appointmentID, day, time, place) = (appointment.id, appointment.day.description, appointment.time, appointment.place)
            visitors = appointment.visitors.map { ExportedVisitor(name: $0.name, badge: $0.badge) }
            confirmed = appointment.confirmed
        case .appointmentCancelled(let appointmentID, let reason):
            (self.appointmentID, self.reason) = (appointmentID, reason)
        case .nextActionSet(let next):
            (action, day, note) = (next.kind.rawValue, next.day.description, next.note)
        case .paymentPosted(let payment):
            (day, amount, source) = (payment.day.description, payment.amount.decimalString, payment.source)
        case .obligationMarked(let obligationID, let state, let reason, _):
            (self.obligationID, self.state, self.reason) = (obligationID, state.rawValue, reason)
        case .evidenceAttached(let attachment):
            (name, size, type, sha256, caption) = (attachment.name, attachment.size, attachment.type, attachment.sha256, attachment.caption)
        }
    }
}
