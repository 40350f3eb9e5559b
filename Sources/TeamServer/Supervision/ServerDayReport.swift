import Foundation
import VisitDesk

/// The supervisor's view of one day on the team's server: for each agent (the operator whose
/// device recorded the work) the day report the desk prints — visits started that day with
/// their outcomes and compliance warnings, amounts promised and planned, contact attempts and
/// appointments recorded — and the conflicts their visits are part of. Obligations are those
/// agreed in the day's visits, settled by the payment rule against the payments the server
/// holds as case records (`DayReport.ObligationScope.agreedOnDay`): the server keeps no index
/// of what falls due on a day.
public struct ServerDayReport: Sendable {
    public struct AgentDay: Sendable {
        public var badge: String
        public var name: String
        public var report: DayReport
        /// The day's conflicts that involve one of this agent's visits.
        public var conflicts: [VisitConflict]
    }

    public var day: CalendarDay
    public var timeZone: TimeZone
    /// By badge.
    public var agents: [AgentDay]
}
