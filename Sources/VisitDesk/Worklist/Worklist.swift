/// What is to be done on one day, across all cases: the day's appointments in time order, the
/// obligations due that day or lapsed just before it, and the cases whose next action is due.
/// Read by `visitdesk today` and the desk's worklist screen (`t`), which show the same lines.
public struct Worklist: Hashable, Sendable {
    /// An obligation whose grace period ended in the `lapseWindowDays` days before the day
    /// (`day - 7 … day - 1`) and that stands broken or partly kept on the day is listed with
    /// those due: the agent's cue to call about a missed payment. Older lapses are in
    /// `visitdesk obligations --state broken`.
    public static let lapseWindowDays = 7
    /// At most this many cases with a next action are listed, oldest first; `nextActionTotal` counts them all.
    public static let nextActionLimit = 200
    /// At most this many obligations are listed, those due first; `obligationTotal` counts them all.
    /// (A day of a big portfolio has thousands; nobody works them from one list.)
    public static let obligationLimit = 200

    /// The case a line is about, as the lists show it (no personal data).
    public struct CaseLabel: Hashable, Sendable {
        public var caseID: Int64
        public var reference: String
        public var debtorName: String

        public init(caseID: Int64, reference: String, debtorName: String) {
            self.caseID = caseID
            self.reference = reference
            self.debtorName = debtorName
        }
    }

    /// An appointment on the day, with the case's address beside the agreed place.
    public struct AppointmentLine: Hashable, Sendable {
        public var label: CaseLabel
        public var address: String
        public var appointment: Appointment

        public init(label: CaseLabel, address: String, appointment: Appointment) {
            self.label = label
            self.address = address
            self.appointment = appointment
        }
    }

    /// Why an obligation is on the list.
    public enum ObligationReason: String, Hashable, Sendable {
        /// Due on the day.
        case due
        /// Its grace period ended in the window before the day, unpaid or partly paid.
        case lapsed
    }

    /// An obligation due on the day or lapsed before it, with where it stands on the day.
    public struct ObligationLine: Hashable, Sendable {
        public var label: CaseLabel
        public var obligation: Obligation
        public var reason: ObligationReason
        /// `obligation.state(on: day)`.
        public var state: ObligationState

        public init(label: CaseLabel, obligation: Obligation, reason: ObligationReason, state: ObligationState) {
            self.label = label
            self.obligation = obligation
            self.reason = reason
            self.state = state
        }
    }

    /// A case whose next action is due on or before the day.
    public struct NextActionLine: Hashable, Sendable {
        public var label: CaseLabel
        public var day: CalendarDay
        /// Nil when the case row names no kind (or one this version does not know).
        public var kind: NextActionKind?

        public init(label: CaseLabel, day: CalendarDay, kind: NextActionKind?) {
            self.label = label
            self.day = day
            self.kind = kind
        }
    }

    public var day: CalendarDay
    /// Not cancelled, by time then case reference.
    public var appointments: [AppointmentLine]
    /// Those due on the day (by case reference, then id), then those lapsed (latest grace end
    /// first, then by case reference and id); at most `obligationLimit`.
    public var obligations: [ObligationLine]
    /// How many obligations are due on the day or lapsed in the window, listed or not.
    public var obligationTotal: Int
    /// The oldest first, at most `nextActionLimit`.
    public var nextActions: [NextActionLine]
    /// How many cases have a next action due on or before the day, listed or not.
    public var nextActionTotal: Int

    public init(day: CalendarDay, appointments: [AppointmentLine], obligations: [ObligationLine], obligationTotal: Int,
                nextActions: [NextActionLine], nextActionTotal: Int) {
        self.day = day
        self.appointments = appointments
        self.obligations = obligations
        self.obligationTotal = obligationTotal
        self.nextActions = nextActions
        self.nextActionTotal = nextActionTotal
    }

    /// The first day of the lapse window before `day`.
    public static func lapseWindowStart(before day: CalendarDay) -> CalendarDay {
        day.adding(days: -lapseWindowDays)
    }
}
