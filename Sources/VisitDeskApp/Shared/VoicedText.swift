import VisitDesk

/// A desk text said one way in the agent's visit and another in the debtor's own: in the
/// debtor role every screen speaks to the debtor ("the people who came", "my record").
struct VoicedText {
    let agent: LocalizedText
    let debtor: LocalizedText

    /// The words for `role`; the agent's when no visit is in view.
    subscript(role: Role?) -> LocalizedText {
        role == .debtor ? debtor : agent
    }
}
