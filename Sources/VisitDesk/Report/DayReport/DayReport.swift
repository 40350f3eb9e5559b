import Foundation

/// The page a field agent sends to their supervisor at night: what was done on one day — the
/// visits started that day with their outcomes and compliance warnings, the amounts promised
/// and planned, the obligations that fell due and where they stand, the contact attempts made
/// and the appointments set. With an agent it is that agent's day (see `DayReport.Agent`).
/// `document(language:)` is the one layout text, Markdown and the desk are drawn from; `json()`
/// the machine form.
public struct DayReport: Hashable, Sendable {
    /// Whose day it is: a name or badge. A visit is the agent's when one of its visitors has that
    /// name or badge, or its case is assigned to the agent; an appointment likewise by its
    /// visitors or the case; a contact attempt or an obligation by its case's assigned agent.
    /// Compared without surrounding spaces and ignoring case.
    public struct Agent: Hashable, Sendable {
        public var text: String

        public init(_ text: String) { self.text = String(text.trimmingWhitespace()) }

        func matches(_ value: String) -> Bool {
            String(value.trimmingWhitespace()).caseInsensitiveCompare(text) == .orderedSame
        }

        func matches(visitors: [Visitor], assignedAgent: String) -> Bool {
            matches(assignedAgent) || visitors.contains { matches($0.name) || (!$0.badge.isEmpty && matches($0.badge)) }
        }
    }

    /// A visit started on the day.
    public struct VisitLine: Hashable, Sendable {
        public var visitID: Int64
        public var reference: String
        public var debtorName: String
        public var role: Role
        public var visitors: [Visitor]
        public var startedAt: Date
        public var endReason: EndReason?
        /// The outcome in effect; nil when none was recorded.
        public var outcome: Outcome?
        /// The compliance warnings the rules raise over the visit, most serious first.
        public var warnings: [RuleWarning]

        public init(visitID: Int64, reference: String, debtorName: String, role: Role, visitors: [Visitor], startedAt: Date,
                    endReason: EndReason?, outcome: Outcome?, warnings: [RuleWarning]) {
            self.visitID = visitID
            self.reference = reference
            self.debtorName = debtorName
            self.role = role
            self.visitors = visitors
            self.startedAt = startedAt
            self.endReason = endReason
            self.outcome = outcome
            self.warnings = warnings
        }
    }

    /// An obligation due on the day, with where it stands on `asOf`.
    public struct ObligationLine: Hashable, Sendable {
        public var reference: String
        public var debtorName: String
        public var obligation: Obligation
        public var state: ObligationState

        public init(reference: String, debtorName: String, obligation: Obligation, state: ObligationState) {
            self.reference = reference
            self.debtorName = debtorName
            self.obligation = obligation
            self.state = state
        }
    }

    /// A contact attempt made on the day.
    public struct ContactLine: Hashable, Sendable {
        public var reference: String
        public var debtorName: String
        public var attempt: ContactAttempt

        public init(reference: String, debtorName: String, attempt: ContactAttempt) {
            self.reference = reference
            self.debtorName = debtorName
            self.attempt = attempt
        }
    }

    /// An appointment recorded on the day (a new one or a change).
    public struct AppointmentLine: Hashable, Sendable {
        public var reference: String
        public var debtorName: String
        public var appointment: Appointment

        public init(reference: String, debtorName: String, appointment: Appointment) {
            self.reference = reference
            self.debtorName = debtorName
            self.appointment = appointment
        }
    }

    /// Which obligations the report lists: those due on the day (the desk's report), or those
    /// agreed in the day's visits (the team server's, which keeps no obligation index).
    public enum ObligationScope: String, Hashable, Sendable {
        case dueOnDay, agreedOnDay
    }

    public var day: CalendarDay
    public var obligationScope: ObligationScope = .dueOnDay
    /// The time zone the day is counted in (visit starts and contact times are instants).
    public var timeZone: TimeZone
    /// The day the obligations' states are taken on: today, or the report's day when that is later.
    public var asOf: CalendarDay
    public var agent: Agent?
    /// In start order.
    public var visits: [VisitLine]
    /// By case reference, then obligation id.
    public var obligations: [ObligationLine]
    /// In time order.
    public var contacts: [ContactLine]
    /// In the order they were recorded.
    public var appointments: [AppointmentLine]

    public init(day: CalendarDay, timeZone: TimeZone, asOf: CalendarDay, agent: Agent?, visits: [VisitLine],
                obligations: [ObligationLine], contacts: [ContactLine], appointments: [AppointmentLine]) {
        self.day = day
        self.timeZone = timeZone
        self.asOf = asOf
        self.agent = agent
        self.visits = visits
        self.obligations = obligations
        self.contacts = contacts
        self.appointments = appointments
    }

    /// How many visits ended in each outcome, in the order of `OutcomeCode.allCases`; visits
    /// without an outcome are counted in `visitsWithoutOutcome`.
    public var outcomeCounts: [(code: OutcomeCode, count: Int)] {
        OutcomeCode.allCases.compactMap { code in
            let count = visits.filter { $0.outcome?.code == code }.count
            return count > 0 ? (code, count) : nil
        }
    }

    public var visitsWithoutOutcome: Int { visits.filter { $0.outcome == nil }.count }

    /// The total of the promises made in the day's visits; nil when it does not fit (a damaged record).
    public var promised: Money? {
        Money.sum(visits.compactMap { line in
            if case .promiseToPay(_, let amount, _)? = line.outcome { return amount }
            return nil
        })
    }

    /// The total of the plans agreed in the day's visits; nil when it does not fit.
    public var planned: Money? {
        Money.sum(visits.compactMap { line in
            if case .planAgreed(let plan)? = line.outcome { return plan.total }
            return nil
        })
    }

    /// How many of the day's obligations stand in `state`.
    public func count(_ state: ObligationState) -> Int {
        obligations.filter { $0.state == state }.count
    }

    /// Kept as a whole percentage (rounded half up) of those settled — kept, partly kept or
    /// broken; nil while none is settled.
    public var keptRate: Int? {
        let settled = count(.kept) + count(.partlyKept) + count(.broken)
        guard settled > 0 else { return nil }
        return (count(.kept) * 200 + settled) / (settled * 2)
    }

    /// Every warning raised in the day's visits, with the visit it was raised in.
    public var warnings: [(visit: VisitLine, warning: RuleWarning)] {
        visits.flatMap { visit in visit.warnings.map { (visit, $0) } }
    }
}
