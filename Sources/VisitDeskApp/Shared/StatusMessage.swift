/// A one-line message under the panes: what just happened, or what went wrong.
struct StatusMessage: Hashable, Sendable {
    var text: String
    var isError: Bool

    static func info(_ text: String) -> StatusMessage { StatusMessage(text: text, isError: false) }
    static func error(_ text: String) -> StatusMessage { StatusMessage(text: text, isError: true) }
}
