extension Worklist {
    /// The worklist as one JSON object: `date`, `appointments`, `obligations`, `obligationTotal`,
    /// `nextActions` and `nextActionTotal` (the lists are capped, the totals not). Days are `YYYY-MM-DD`, amounts decimal strings; each line names its
    /// case by `case` (the reference) and `name`; no phone or ID number. Unsafe characters are
    /// escaped as `\uXXXX`.
    public func json() -> String {
        let object = OrderedJSON.object([
            ("date", .string(day.description)),
            ("appointments", .array(appointments.map(Self.json))),
            ("obligations", .array(obligations.map(Self.json))),
            ("obligationTotal", .int(obligationTotal)),
            ("nextActions", .array(nextActions.map(Self.json))),
            ("nextActionTotal", .int(nextActionTotal)),
        ])
        return SafeText.escapingUnsafeScalars(inJSON: object.text)
    }

    private static func caseFields(_ label: CaseLabel) -> [(String, OrderedJSON)] {
        [("case", .string(label.reference)), ("name", .string(label.debtorName))]
    }

    private static func json(_ line: AppointmentLine) -> OrderedJSON {
        let appointment = line.appointment
        return .object(caseFields(line.label) + [
            ("appointment", .string(appointment.id)), ("day", .string(appointment.day.description)),
            ("time", .string(appointment.time)), ("place", .string(appointment.place)), ("address", .string(line.address)),
            ("visitors", .array(appointment.visitors.map { .object([("name", .string($0.name)), ("badge", .string($0.badge))]) })),
            ("confirmed", .bool(appointment.confirmed)),
        ])
    }

    private static func json(_ line: ObligationLine) -> OrderedJSON {
        let obligation = line.obligation
        return .object(caseFields(line.label) + [
            ("obligation", .string(obligation.id)), ("reason", .string(line.reason.rawValue)),
            ("due", .string(obligation.due.description)), ("graceEnds", .string(obligation.graceEnds.description)),
            ("amount", .string(obligation.amount.decimalString)), ("paid", .string(obligation.paid.decimalString)),
            ("state", .string(line.state.rawValue)),
        ])
    }

    private static func json(_ line: NextActionLine) -> OrderedJSON {
        .object(caseFields(line.label) + [("due", .string(line.day.description)), ("kind", .optional(line.kind?.rawValue))])
    }
}
