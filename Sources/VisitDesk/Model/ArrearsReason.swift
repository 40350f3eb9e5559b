/// The cause of the arrears as the debtor states it.
public enum ArrearsReason: String, Codable, Hashable, Sendable, CaseIterable {
    case lostJob, incomeFell, illness, businessFailed, otherDebts, familyEmergency, disputesDebt, other

    public var label: LocalizedText {
        switch self {
        case .lostJob: LocalizedText(zh: "失业", en: "Lost their job")
        case .incomeFell: LocalizedText(zh: "收入减少", en: "Income fell")
        case .illness: LocalizedText(zh: "生病 / 受伤", en: "Illness or injury")
        case .businessFailed: LocalizedText(zh: "生意失败", en: "Business failed")
        case .otherDebts: LocalizedText(zh: "其他债务压力", en: "Other debts")
        case .familyEmergency: LocalizedText(zh: "家庭变故", en: "Family emergency")
        case .disputesDebt: LocalizedText(zh: "认为债务有误", en: "Says the debt is wrong")
        case .other: LocalizedText(zh: "其他", en: "Other")
        }
    }
}
