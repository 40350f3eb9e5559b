import VisitDesk

/// An error as the user reads it, wherever it surfaces (the desk's status line, a command's
/// stderr): in the UI language when it explains itself in both (`ExplainedError`).
enum ErrorText {
    static func message(for error: any Error, language: Language) -> String {
        (error as? any ExplainedError)?.explanation[language] ?? "\(error)"
    }
}
