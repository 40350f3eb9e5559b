import VisitDesk

/// An outcome in one line: its name and the values of its fields.
enum OutcomeText {
    static func describe(_ outcome: Outcome, language: Language) -> String {
        let values = SummaryFormat.fields(of: outcome, language: language).map(\.1)
        let name = outcome.code.label[language]
        return values.isEmpty ? name : "\(name): \(values.joined(separator: " "))"
    }
}
