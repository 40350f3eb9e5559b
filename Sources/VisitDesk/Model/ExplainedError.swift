/// An error that explains itself to the user in both languages: the desk shows
/// `explanation` in the UI language, a command prints it in the locale's.
public protocol ExplainedError: Error, CustomStringConvertible {
    var explanation: LocalizedText { get }
}

extension ExplainedError {
    /// The English explanation: logs and anything that reads `"\(error)"`.
    public var description: String { explanation.en }
}
