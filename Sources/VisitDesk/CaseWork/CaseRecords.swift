import Foundation

/// A case's records outside its visits, as they stand: the fold of its case events.
public struct CaseRecords: Hashable, Sendable {
    /// A record with the time it was made and its sequence in the case's chain.
    public struct Entry<Value: Hashable & Sendable>: Hashable, Sendable {
        public var value: Value
        public var recordedAt: Date
        public var sequence: Int
    }

    public var contacts: [Entry<ContactAttempt>] = []
    /// Every appointment by id, as last recorded, cancelled ones included; see `appointments`.
    public var appointmentsByID: [String: Entry<Appointment>] = [:]
    public var cancelledAppointments: [String: String] = [:]
    public var payments: [Entry<Payment>] = []
    /// The latest hand mark of each obligation, by obligation id.
    public var marks: [String: Entry<ObligationHandMark>] = [:]
    public var attachments: [Entry<Attachment>] = []
    /// The latest next action set by hand.
    public var nextAction: Entry<NextAction>?
    public var headHash = ""
    public var eventCount = 0

    public init() {}

    public static func fold(_ events: [CaseEvent]) -> CaseRecords {
        var records = CaseRecords()
        for event in events { records.apply(event) }
        return records
    }

    public mutating func apply(_ event: CaseEvent) {
        let at = event.at, sequence = event.sequence
        switch event.kind {
        case .contactAttempted(let attempt):
            contacts.append(Entry(value: attempt, recordedAt: at, sequence: sequence))
        case .appointmentSet(let appointment):
            appointmentsByID[appointment.id] = Entry(value: appointment, recordedAt: at, sequence: sequence)
            cancelledAppointments[appointment.id] = nil
        case .appointmentCancelled(let appointmentID, let reason):
            cancelledAppointments[appointmentID] = reason
        case .nextActionSet(let action):
            nextAction = Entry(value: action, recordedAt: at, sequence: sequence)
        case .paymentPosted(let payment):
            payments.append(Entry(value: payment, recordedAt: at, sequence: sequence))
        case .obligationMarked(let obligationID, let state, let reason):
            marks[obligationID] = Entry(value: ObligationHandMark(state: state, reason: reason), recordedAt: at, sequence: sequence)
        case .evidenceAttached(let attachment):
            attachments.append(Entry(value: attachment, recordedAt: at, sequence: sequence))
        }
        headHash = event.hash
        eventCount = sequence
    }

    /// The appointments still standing, in time order.
    public var appointments: [Appointment] {
        appointmentsByID.values.map(\.value).filter { cancelledAppointments[$0.id] == nil }
            .sorted { ($0.day, $0.time, $0.id) < ($1.day, $1.time, $1.id) }
    }

    /// The id the next new appointment gets: `A1`, `A2`…
    public var nextAppointmentID: String {
        let taken = appointmentsByID.keys.compactMap { Int($0.dropFirst()) }.max() ?? 0
        return "A\(taken + 1)"
    }
}

/// A hand decision on an obligation and why it was made.
public struct ObligationHandMark: Hashable, Sendable {
    public var state: ObligationState
    public var reason: String
}
