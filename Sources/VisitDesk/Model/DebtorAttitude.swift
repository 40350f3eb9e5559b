/// How the debtor took the visit, as the visitor judged it.
public enum DebtorAttitude: String, Codable, Hashable, Sendable, CaseIterable {
    case cooperative, willingButUnable, hesitant, evasive, hostile

    public var label: LocalizedText {
        switch self {
        case .cooperative: LocalizedText(zh: "配合", en: "Cooperative")
        case .willingButUnable: LocalizedText(zh: "愿意但无力还款", en: "Willing but unable")
        case .hesitant: LocalizedText(zh: "犹豫", en: "Hesitant")
        case .evasive: LocalizedText(zh: "回避", en: "Evasive")
        case .hostile: LocalizedText(zh: "抵触", en: "Hostile")
        }
    }
}
