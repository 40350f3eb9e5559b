/// The meaning of a piece of screen; a theme turns each role into colours and attributes.
public enum StyleRole: String, CaseIterable, Sendable {
    case normal
    case header
    case paneBorder
    case paneBorderFocused
    case paneTitle
    case paneTitleFocused
    case selectedRow
    case itemDone
    case itemSkipped
    case itemNotApplicable
    case itemPending
    case warning
    case error
    case muted
    case keyBarKey
    case keyBarLabel
}
