/// A field of the outcome form (and of a repayment plan) that an error is about.
public enum OutcomeField: String, Codable, Sendable, CaseIterable {
    case date, amount, method, methodDescription, newDueDate, reason, note, who
    case total, downPayment, instalmentCount, instalmentAmount, frequency, firstDue, statedMonthlyIncome
}

/// Why an outcome cannot be recorded as entered. The form shows `message` beside `field`.
public enum OutcomeError: Error, Equatable, CustomStringConvertible, Sendable {
    case field(OutcomeField, message: LocalizedText)

    /// The field the problem is about.
    public var field: OutcomeField {
        switch self { case .field(let field, _): field }
    }

    /// The problem in both languages.
    public var message: LocalizedText {
        switch self { case .field(_, let message): message }
    }

    public var description: String { "\(field.rawValue): \(message.en)" }
}
