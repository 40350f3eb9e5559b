import VisitDesk

/// An outcome in one line: its name (in the words of `role`, the debtor's own in their visit)
/// and the values of its fields.
enum OutcomeText {
    static func describe(_ outcome: Outcome, role: Role, language: Language) -> String {
        let values = SummaryFormat.fields(of: outcome, language: language).map(\.1)
        let name = outcome.code.label(for: role)[language]
        return values.isEmpty ? name : "\(name): \(values.joined(separator: " "))"
    }
}
