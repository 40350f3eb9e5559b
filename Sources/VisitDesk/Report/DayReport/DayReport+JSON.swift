import Foundation

extension DayReport {
    /// The report as one JSON object: `date`, `agent` (null for everyone), `asOf`, `visits` (each
    /// with its `outcome` code and `warnings`), `outcomes` (code → count), `promised` and
    /// `planned` (decimal strings, null when the total does not fit), `obligations` with
    /// `kept`, `partlyKept`, `broken`, `pending` counts and `keptRate` (a whole percentage, null
    /// while none is settled), `contacts` and `appointments`. Days are `YYYY-MM-DD`, times ISO
    /// 8601 (UTC); no phone or ID number. Unsafe characters are escaped as `\uXXXX`.
    public func json() -> String {
        let iso = Timestamp.iso8601
        let visitors = { (list: [Visitor]) in OrderedJSON.array(list.map { .object([("name", .string($0.name)), ("badge", .string($0.badge))]) }) }
        let object = OrderedJSON.object([
            ("date", .string(day.description)),
            ("agent", .optional(agent?.text)),
            ("asOf", .string(asOf.description)),
            ("visits", .array(visits.map { visit in
                .object([
                    ("visitID", .int(Int(visit.visitID))), ("case", .string(visit.reference)), ("name", .string(visit.debtorName)),
                    ("role", .string(visit.role.rawValue)), ("visitors", visitors(visit.visitors)), ("startedAt", .string(iso(visit.startedAt))),
                    ("endReason", .optional(visit.endReason?.rawValue)), ("outcome", .optional(visit.outcome?.code.rawValue)),
                    ("warnings", .array(visit.warnings.map { .object([("rule", .string($0.id.rawValue)), ("severity", .string(String(describing: $0.severity))),
                                                                      ("text", .localized($0.text))]) })),
                ])
            })),
            ("outcomes", .object(outcomeCounts.map { ($0.code.rawValue, .int($0.count)) })),
            ("promised", .optional(promised?.decimalString)),
            ("planned", .optional(planned?.decimalString)),
            ("obligations", .array(obligations.map { line in
                .object([
                    ("case", .string(line.reference)), ("name", .string(line.debtorName)), ("obligation", .string(line.obligation.id)),
                    ("due", .string(line.obligation.due.description)), ("amount", .string(line.obligation.amount.decimalString)),
                    ("paid", .string(line.obligation.paid.decimalString)), ("state", .string(line.state.rawValue)),
                ])
            })),
            ("kept", .int(count(.kept))), ("partlyKept", .int(count(.partlyKept))), ("broken", .int(count(.broken))),
            ("pending", .int(count(.pending))),
            ("keptRate", keptRate.map(OrderedJSON.int) ?? .null),
            ("contacts", .array(contacts.map { line in
                .object([
                    ("case", .string(line.reference)), ("name", .string(line.debtorName)), ("at", .string(iso(line.attempt.at))),
                    ("channel", .string(line.attempt.channel.rawValue)), ("result", .string(line.attempt.result.rawValue)),
                ])
            })),
            ("appointments", .array(appointments.map { line in
                .object([
                    ("case", .string(line.reference)), ("name", .string(line.debtorName)), ("appointment", .string(line.appointment.id)),
                    ("day", .string(line.appointment.day.description)), ("time", .string(line.appointment.time)),
                    ("place", .string(line.appointment.place)), ("visitors", visitors(line.appointment.visitors)),
                    ("confirmed", .bool(line.appointment.confirmed)),
                ])
            })),
        ])
        return SafeText.escapingUnsafeScalars(inJSON: object.text)
    }
}
