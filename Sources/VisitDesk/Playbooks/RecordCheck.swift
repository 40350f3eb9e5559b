import Foundation

/// A checklist item answered by the case's records instead of a tick: what was done before the
/// visit (a notice, an appointment, a call) is recorded on the case when it is done, and the
/// visit's checklist reads it from there. Written in a playbook as `check = "notice-sent"`.
public enum RecordCheck: Codable, Hashable, Sendable {
    /// A contact attempt that counts as a notice (`ContactAttempt.isNotice`) made at least
    /// `daysBefore` calendar days before the day the visit started.
    case noticeSent(daysBefore: Int)
    /// A standing appointment the debtor confirmed, on or before the day the visit started.
    case appointmentConfirmed
    /// A contact attempt that reached the debtor (reached, or an appointment made) before the visit started.
    case contactReached

    /// The names a playbook may give, in the order the help lists them.
    public static let names = ["notice-sent", "appointment-confirmed", "contact-reached"]
    /// `days_before` of a notice: up to a year.
    public static let daysBeforeRange = 0...365

    /// Reads a playbook's `check` (and `days_before` for a notice); nil for an unknown name.
    public init?(name: String, daysBefore: Int?) {
        switch name {
        case "notice-sent": self = .noticeSent(daysBefore: daysBefore ?? 0)
        case "appointment-confirmed": self = .appointmentConfirmed
        case "contact-reached": self = .contactReached
        default: return nil
        }
    }

    /// The name as a playbook writes it.
    public var name: String {
        switch self {
        case .noticeSent: "notice-sent"
        case .appointmentConfirmed: "appointment-confirmed"
        case .contactReached: "contact-reached"
        }
    }

    /// What the case's records say of this check for a visit started at `visitStart`.
    public func evaluate(_ records: CaseRecords, visitStart: Date, timeZone: TimeZone) -> RecordCheckResult {
        let visitDay = CalendarDay(visitStart, in: timeZone)
        func found(zh: String, en: String) -> RecordCheckResult {
            RecordCheckResult(isSatisfied: true, explanation: LocalizedText(zh: "案件记录：" + zh, en: "from the case's records: " + en))
        }
        switch self {
        case .noticeSent(let daysBefore):
            let notices = records.contacts.map(\.value).filter(\.isNotice).sorted { $0.at < $1.at }
            let inTime = notices.last { CalendarDay($0.at, in: timeZone).days(until: visitDay) >= daysBefore }
            if let notice = inTime {
                let day = CalendarDay(notice.at, in: timeZone)
                return found(zh: "\(notice.channel.label.zh) \(day)", en: "\(notice.channel.label.en) \(day)")
            }
            let needed = LocalizedText(zh: "上门前 \(daysBefore) 天", en: "\(daysBefore) day\(daysBefore == 1 ? "" : "s") before the visit")
            if let late = notices.last(where: { $0.at <= visitStart }) {
                let day = CalendarDay(late.at, in: timeZone)
                return RecordCheckResult(isSatisfied: false, explanation: LocalizedText(
                    zh: "提醒（\(late.channel.label.zh) \(day)）晚于\(needed.zh)", en: "the notice (\(late.channel.label.en) \(day)) was later than \(needed.en)"))
            }
            return RecordCheckResult(isSatisfied: false, explanation: LocalizedText(
                zh: "案件记录里没有\(needed.zh)发出的提醒", en: "no notice sent \(needed.en) in the case's records"))
        case .appointmentConfirmed:
            let confirmed = records.appointments.filter { $0.confirmed && $0.day <= visitDay }
            if let appointment = confirmed.last {
                return found(zh: "预约 \(appointment.id) \(appointment.day) \(appointment.time) 已确认",
                             en: "appointment \(appointment.id) \(appointment.day) \(appointment.time) confirmed")
            }
            return RecordCheckResult(isSatisfied: false, explanation: LocalizedText(zh: "没有已确认的预约", en: "no confirmed appointment"))
        case .contactReached:
            let reached = records.contacts.map(\.value).filter { ($0.result == .reached || $0.result == .appointmentMade) && $0.at <= visitStart }
            if let contact = reached.max(by: { $0.at < $1.at }) {
                let day = CalendarDay(contact.at, in: timeZone)
                return found(zh: "\(contact.channel.label.zh) \(day) · \(contact.result.label.zh)",
                             en: "\(contact.channel.label.en) \(day) · \(contact.result.label.en)")
            }
            return RecordCheckResult(isSatisfied: false, explanation: LocalizedText(
                zh: "案件记录里没有联系上债务人的记录", en: "no contact that reached the debtor in the case's records"))
        }
    }
}

/// A check's answer, with what in the records answers it (or what is missing).
public struct RecordCheckResult: Hashable, Sendable {
    public var isSatisfied: Bool
    public var explanation: LocalizedText

    public init(isSatisfied: Bool, explanation: LocalizedText) {
        self.isSatisfied = isSatisfied
        self.explanation = explanation
    }
}

/// The answers of every check of a playbook for one visit, by item id.
public struct RecordChecks: Hashable, Sendable {
    public var results: [String: RecordCheckResult]

    public init(results: [String: RecordCheckResult] = [:]) { self.results = results }

    /// The checks of `playbook` for `visit` against the case's records.
    public init(playbook: Playbook, visit: VisitState, records: CaseRecords, timeZone: TimeZone) {
        var results: [String: RecordCheckResult] = [:]
        for item in playbook.stages.flatMap(\.items) {
            if let check = item.check { results[item.id] = check.evaluate(records, visitStart: visit.startedAt, timeZone: timeZone) }
        }
        self.results = results
    }

    public subscript(itemID: String) -> RecordCheckResult? { results[itemID] }
}

extension VisitState {
    /// The mark an item stands at: a check the records satisfy is done; an unsatisfied one
    /// keeps what the visit recorded (a tick made before the item became a check), else pending.
    public func effectiveMark(of itemID: String, checks: RecordChecks) -> ItemMark {
        if checks[itemID]?.isSatisfied == true { return .done }
        return mark(of: itemID)
    }
}
