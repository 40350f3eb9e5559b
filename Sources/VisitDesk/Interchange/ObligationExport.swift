/// Obligations as JSON for `visitdesk obligations --format json`: one pretty-printed array of
/// objects with `case` (the reference), `due` (YYYY-MM-DD), `amount` and `paid` (decimal
/// strings), `state` (on the day asked about: pending, kept, partlyKept or broken), `id`,
/// `visit`, `number`, `agreed_on`, `grace_ends` and `mark_reason` (null unless marked by hand).
public enum ObligationExport {
    public static func json(_ rows: [ObligationListRow]) -> String {
        ExportJSON.encode(rows.map(ExportedObligation.init))
    }
}

/// An obligation as it is exported.
struct ExportedObligation: Encodable {
    var id: String
    var `case`: String
    var visit: Int64
    var number: Int
    var agreedOn: String
    var due: String
    var amount: String
    var paid: String
    var graceEnds: String
    var state: String
    var markReason: String?

    init(_ row: ObligationListRow) {
        let obligation = row.obligation
        id = obligation.id
        `case` = row.caseReference
        visit = obligation.visitID
        number = obligation.number
        agreedOn = obligation.agreedOn.description
        due = obligation.due.description
        amount = obligation.amount.decimalString
        paid = obligation.paid.decimalString
        graceEnds = obligation.graceEnds.description
        state = row.state.rawValue
        markReason = obligation.markReason
    }

    enum CodingKeys: String, CodingKey {
        case id, `case`, visit, number, agreedOn, due, amount, paid, graceEnds, state, markReason
    }

    /// Writes every key, `mark_reason` as null when there is none: the same keys in every object.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(`case`, forKey: .case)
        try container.encode(visit, forKey: .visit)
        try container.encode(number, forKey: .number)
        try container.encode(agreedOn, forKey: .agreedOn)
        try container.encode(due, forKey: .due)
        try container.encode(amount, forKey: .amount)
        try container.encode(paid, forKey: .paid)
        try container.encode(graceEnds, forKey: .graceEnds)
        try container.encode(state, forKey: .state)
        try container.encode(markReason, forKey: .markReason)
    }
}
