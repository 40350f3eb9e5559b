import ArgumentParser
import Foundation
import VisitDesk

/// `visitdesk contact REF …`: records one thing on a case from the shell — a contact attempt,
/// an appointment (new, changed or confirmed), a cancelled appointment, or the next action —
/// as a case event in the case's chain, read and refused exactly as the desk's `c` forms do.
struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact",
        abstract: "Record a contact attempt, an appointment, a cancelled appointment or the next action on a case.",
        discussion: """
            Record one of these at a time:
              a contact attempt   --channel and --result [--at] [--note]
              an appointment      --appointment "YYYY-MM-DD HH:MM" [--place] [--visitors]
                                  [--confirmed]
              change or confirm   --id A1 with any of --appointment, --place,
                                  --visitors, --confirmed/--no-confirmed
              cancel one          --cancel A1 --reason TEXT
              the next action     --next-action call|visit|check-payment --on DAY
                                  [--note]
            Example: visitdesk contact HB-2025-0113 --channel phone --result reached
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The case's reference.", valueName: "ref"))
    var reference: String

    @Option(help: ArgumentHelp("How the debtor was contacted: phone, sms, letter, app or visit.", valueName: "channel"))
    var channel: ContactChannelArgument?
    @Option(help: ArgumentHelp("What came of it: reached, no-answer, wrong-number, refused or appointment-made.", valueName: "result"))
    var result: ContactResultArgument?
    @Option(help: ArgumentHelp("When it was made: \"YYYY-MM-DD HH:MM\" or HH:MM today (default: now).", valueName: "time"))
    var at: String?

    @Option(help: ArgumentHelp("An appointment: \"YYYY-MM-DD HH:MM\" (or \"+2d 14:30\"), within visiting hours.", valueName: "time"))
    var appointment: String?
    @Option(help: ArgumentHelp("The appointment to change (A1, A2…); omitted values keep its own.", valueName: "id"))
    var id: String?
    @Option(help: ArgumentHelp("Where (default: the case's address).", valueName: "text"))
    var place: String?
    @Option(help: ArgumentHelp("Who will come: \"name/badge, …\".", valueName: "list"))
    var visitors: String?
    @Flag(inversion: .prefixedNo, help: "Whether the debtor confirmed the appointment (default: not confirmed; a changed one keeps its own).")
    var confirmed: Bool?

    @Option(help: ArgumentHelp("Cancel this appointment (A1, A2…); needs --reason.", valueName: "id"))
    var cancel: String?
    @Option(help: ArgumentHelp("Why the appointment is cancelled.", valueName: "text"))
    var reason: String?

    @Option(name: .customLong("next-action"), help: ArgumentHelp("The next action: call, visit or check-payment; needs --on.", valueName: "kind"))
    var nextAction: NextActionArgument?
    @Option(help: ArgumentHelp("The day of the next action: YYYY-MM-DD or +Nd.", valueName: "day"))
    var on: String?

    @Option(help: ArgumentHelp("A note with the contact attempt or the next action.", valueName: "text"))
    var note: String?

    @Option(help: "Language of the message: zh or en (default: the locale's).")
    var lang: LanguageChoice?

    /// The four things the command records, each with the options that belong to it.
    private enum Record: CaseIterable {
        case contactAttempt, appointment, cancel, nextAction

        var options: String {
            switch self {
            case .contactAttempt: "--channel/--result/--at"
            case .appointment: "--appointment/--id/--place/--visitors/--confirmed"
            case .cancel: "--cancel/--reason"
            case .nextAction: "--next-action/--on"
            }
        }
    }

    private var given: [Record] {
        var records: [Record] = []
        if channel != nil || result != nil || at != nil { records.append(.contactAttempt) }
        if appointment != nil || id != nil || place != nil || visitors != nil || confirmed != nil { records.append(.appointment) }
        if cancel != nil || reason != nil { records.append(.cancel) }
        if nextAction != nil || on != nil { records.append(.nextAction) }
        return records
    }

    func validate() throws {
        let given = given
        guard let record = given.first else {
            throw ValidationError("say what to record: --channel and --result, --appointment, --cancel, or --next-action (see --help)")
        }
        guard given.count == 1 else {
            throw ValidationError("record one thing at a time: \(given.map(\.options).joined(separator: " and ")) cannot be used together")
        }
        switch record {
        case .contactAttempt:
            if channel == nil { throw ValidationError("a contact attempt needs --channel phone|sms|letter|app|visit") }
            if result == nil { throw ValidationError("a contact attempt needs --result reached|no-answer|wrong-number|refused|appointment-made") }
        case .appointment:
            if appointment == nil, id == nil { throw ValidationError("an appointment needs --appointment \"YYYY-MM-DD HH:MM\" (or --id A1 to change one)") }
            if note != nil { throw ValidationError("--note goes with a contact attempt or a next action, not an appointment") }
        case .cancel:
            if cancel == nil { throw ValidationError("--reason goes with --cancel A1") }
            if reason == nil { throw ValidationError("cancelling an appointment needs --reason TEXT") }
            if note != nil { throw ValidationError("--note goes with a contact attempt or a next action; a cancellation takes --reason") }
        case .nextAction:
            if nextAction == nil { throw ValidationError("--on goes with --next-action call|visit|check-payment") }
            if on == nil { throw ValidationError("a next action needs --on YYYY-MM-DD or +Nd") }
        }
    }

    func run() throws {
        let store = try database.openExisting()
        guard let loanCase = try store.loanCase(reference: reference), let caseID = loanCase.id else {
            throw CommandFailure.noSuchCase(reference: reference)
        }
        let config = try VisitDeskConfig.load()
        let language = LanguageChoice.resolve(lang, config: config)
        let now = Date()
        let kind = try event(for: loanCase, records: try store.caseRecords(caseID: caseID), rules: config.rules, now: now)
        try store.record(kind, caseID: caseID, at: now)
        let said = CaseEventText.announcement(kind, language: language, clock: VisitClock(timeZone: config.rules.timeZone))
        CommandOutput.print(SafeText.neutralised("\(loanCase.reference): ") + said)
    }

    /// The case event the options describe, read as the desk's forms read them.
    private func event(for loanCase: LoanCase, records: CaseRecords, rules: RuleConfig, now: Date) throws -> CaseEventKind {
        let today = CalendarDay(now, in: rules.timeZone)
        func read<Value>(_ option: String, _ read: () throws(CaseRecordEntry.Refusal) -> Value) throws -> Value {
            do {
                return try read()
            } catch {
                throw OptionRefusal(option: option, message: error.message)
            }
        }
        let note = try read("--note") { () throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.text(self.note ?? "") }
        if let channel, let result {
            let when = try read("--at") { () throws(CaseRecordEntry.Refusal) in
                try CaseRecordEntry.contactTime(self.at ?? "", now: now, timeZone: rules.timeZone)
            }
            return .contactAttempted(ContactAttempt(channel: channel.channel, at: when, result: result.result, note: note))
        }
        if let cancel {
            let why = try read("--reason") { () throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.text(self.reason ?? "", required: true) }
            return .appointmentCancelled(appointmentID: cancel, reason: why)
        }
        if let nextAction, let on {
            let day = try read("--on") { () throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.futureDay(on, today: today) }
            return .nextActionSet(NextAction(day: day, kind: nextAction.kind, note: note))
        }
        var existing: Appointment?
        if let id {
            guard let known = records.appointmentsByID[id]?.value, records.cancelledAppointments[id] == nil else {
                let ids = records.appointments.map(\.id).joined(separator: ", ")
                throw OptionRefusal(option: "--id", message: LocalizedText(
                    zh: "本案没有预约 \(id)" + (ids.isEmpty ? "" : "（现有：\(ids)）"),
                    en: "the case has no appointment \(id)" + (ids.isEmpty ? "" : " (it has: \(ids))")))
            }
            existing = known
        }
        var day = existing?.day ?? today
        var time = existing?.timeOfDay ?? rules.workdayStart
        if let appointment {
            (day, time) = try read("--appointment") { () throws(CaseRecordEntry.Refusal) in
                try CaseRecordEntry.appointmentMoment(appointment, today: today, rules: rules)
            }
        }
        let agreedPlace = try read("--place") { () throws(CaseRecordEntry.Refusal) in
            try CaseRecordEntry.text(self.place ?? existing?.place ?? loanCase.address, required: true)
        }
        let agreedVisitors = try self.visitors.map { typed in
            try read("--visitors") { () throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.visitors(typed) }
        } ?? existing?.visitors ?? []
        return .appointmentSet(Appointment(id: existing?.id ?? records.nextAppointmentID, day: day, time: time, place: agreedPlace,
                                           visitors: agreedVisitors, confirmed: confirmed ?? existing?.confirmed ?? false))
    }
}

/// `--channel`: the command-line names of `ContactChannel`.
struct ContactChannelArgument: ExpressibleByArgument {
    var channel: ContactChannel
    init?(argument: String) {
        guard let channel = ContactChannel.allCases.first(where: { $0.commandName == argument.lowercased() }) else { return nil }
        self.channel = channel
    }
    static var allValueStrings: [String] { ContactChannel.allCases.map(\.commandName) }
}

/// `--result`: the command-line names of `ContactResult`.
struct ContactResultArgument: ExpressibleByArgument {
    var result: ContactResult
    init?(argument: String) {
        guard let result = ContactResult.allCases.first(where: { $0.commandName == argument.lowercased() }) else { return nil }
        self.result = result
    }
    static var allValueStrings: [String] { ContactResult.allCases.map(\.commandName) }
}

/// `--next-action`: the command-line names of `NextActionKind`.
struct NextActionArgument: ExpressibleByArgument {
    var kind: NextActionKind
    init?(argument: String) {
        guard let kind = NextActionKind.allCases.first(where: { $0.commandName == argument.lowercased() }) else { return nil }
        self.kind = kind
    }
    static var allValueStrings: [String] { NextActionKind.allCases.map(\.commandName) }
}
