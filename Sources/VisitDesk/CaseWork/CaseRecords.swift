import Foundation

/// A case's records outside its visits, as they stand: the fold of its case events, with the
/// records other devices of the team made of it when sync pulled them.
public struct CaseRecords: Hashable, Sendable {
    /// A record with the time it was made and its sequence in its chain: the case's own, or,
    /// when `author` is set, that device's stream of the case.
    public struct Entry<Value: Hashable & Sendable>: Hashable, Sendable {
        public var value: Value
        public var recordedAt: Date
        public var sequence: Int
        /// Who recorded it on another device; nil for this desk's own records.
        public var author: EventAuthor? = nil
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

    /// The case's own events folded with other devices' records of it (named as this desk names
    /// appointments and obligations), all in the order they were recorded; the head and count
    /// stay those of the case's own chain. A payment another device also posted (the same day,
    /// amount and source) counts once.
    public static func fold(_ own: [CaseEvent], others: [AuthoredCaseEvent]) -> CaseRecords {
        var records = CaseRecords()
        var remaining = others.sorted {
            ($0.event.at, $0.author?.device ?? "", $0.event.sequence) < ($1.event.at, $1.author?.device ?? "", $1.event.sequence)
        }[...]
        for event in own {
            while let other = remaining.first, other.event.at < event.at {
                records.include(other.event, author: other.author)
                remaining.removeFirst()
            }
            records.apply(event)
        }
        for other in remaining { records.include(other.event, author: other.author) }
        return records
    }

    /// Adds one of the case's own events, the next in its chain.
    public mutating func apply(_ event: CaseEvent) {
        include(event, author: nil)
        headHash = event.hash
        eventCount = event.sequence
    }

    private mutating func include(_ event: CaseEvent, author: EventAuthor?) {
        let at = event.at, sequence = event.sequence
        switch event.kind {
        case .contactAttempted(let attempt):
            contacts.append(Entry(value: attempt, recordedAt: at, sequence: sequence, author: author))
        case .appointmentSet(let appointment):
            appointmentsByID[appointment.id] = Entry(value: appointment, recordedAt: at, sequence: sequence, author: author)
            cancelledAppointments[appointment.id] = nil
        case .appointmentCancelled(let appointmentID, let reason):
            cancelledAppointments[appointmentID] = reason
        case .nextActionSet(let action):
            nextAction = Entry(value: action, recordedAt: at, sequence: sequence, author: author)
        case .paymentPosted(let payment):
            guard !payments.contains(where: { $0.value == payment && $0.author != author }) else { break }
            payments.append(Entry(value: payment, recordedAt: at, sequence: sequence, author: author))
        case .obligationMarked(let obligationID, let state, let reason, _):
            marks[obligationID] = Entry(value: ObligationHandMark(state: state, reason: reason), recordedAt: at, sequence: sequence, author: author)
        case .evidenceAttached(let attachment):
            attachments.append(Entry(value: attachment, recordedAt: at, sequence: sequence, author: author))
        }
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
