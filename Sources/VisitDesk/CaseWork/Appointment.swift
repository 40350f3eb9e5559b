/// A visit agreed with the debtor: when, where, who will come, and whether the debtor confirmed.
/// Recording an appointment with the id of an earlier one replaces it (a moved time, a confirmation).
public struct Appointment: Codable, Hashable, Sendable {
    /// Stable within the case: `A1`, `A2`…
    public var id: String
    public var day: CalendarDay
    /// `HH:MM`, 24-hour.
    public var time: String
    public var place: String
    public var visitors: [Visitor]
    public var confirmed: Bool

    public init(id: String, day: CalendarDay, time: TimeOfDay, place: String, visitors: [Visitor], confirmed: Bool) {
        self.id = id
        self.day = day
        self.time = time.description
        self.place = place
        self.visitors = visitors
        self.confirmed = confirmed
    }

    /// The time of day, nil when the stored text is not `HH:MM` (a damaged record).
    public var timeOfDay: TimeOfDay? { TimeOfDay(time) }
}
