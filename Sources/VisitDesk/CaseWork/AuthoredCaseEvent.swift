/// A record of a case with who made it: this desk (`author` nil) or another device of the team,
/// whose records sync pulled. Another device's record has its appointment and obligation ids
/// named as this desk names them (`RemoteCaseNames`), and its sequence is its place in that
/// device's stream of the case.
public struct AuthoredCaseEvent: Hashable, Sendable {
    public var event: CaseEvent
    public var author: EventAuthor?

    public init(event: CaseEvent, author: EventAuthor?) {
        self.event = event
        self.author = author
    }
}
