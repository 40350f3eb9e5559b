extension EndReason {
    /// How the visit ended in the words of the one who records it: the agent's, or the
    /// debtor's own ("I asked them to leave"). For the agent, "asked to leave" says plainly
    /// that the visit stops there.
    public func label(for role: Role) -> LocalizedText {
        switch (role, self) {
        case (.agent, .askedToLeave):
            LocalizedText(zh: "被要求离开 — 上门必须立即停止", en: "Asked to leave — the visit must stop now")
        case (.agent, _):
            label
        case (.debtor, .completed):
            LocalizedText(zh: "来访正常结束", en: "The visit is over")
        case (.debtor, .askedToLeave):
            LocalizedText(zh: "我请他们离开了", en: "I asked them to leave")
        case (.debtor, .noContact):
            LocalizedText(zh: "他们没有见到我", en: "They did not meet me")
        case (.debtor, .aborted):
            LocalizedText(zh: "来访中途中断", en: "The visit was broken off")
        }
    }
}
