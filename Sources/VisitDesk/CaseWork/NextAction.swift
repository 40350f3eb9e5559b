/// What is to be done next on a case.
public enum NextActionKind: String, Codable, Sendable, CaseIterable {
    case call, visit, checkPayment
}

/// The next thing to do on a case and the day it is due: set from outcomes (a promise sets
/// "check payment on its date"), from appointments (a visit on its day) or by hand.
public struct NextAction: Codable, Hashable, Sendable {
    public var day: CalendarDay
    public var kind: NextActionKind
    public var note: String

    public init(day: CalendarDay, kind: NextActionKind, note: String = "") {
        self.day = day
        self.kind = kind
        self.note = note
    }
}
