import VisitDesk

/// What the desk says about working as a team: cases reassigned away, other devices' visits, conflicts.
extension UIText {
    static let caseWithdrawn = LocalizedText(
        zh: "此案件已改派给其他人，个人信息已从本机移除；不能再上门，以往的上门记录仍可查看",
        en: "This case was reassigned away; its personal data is removed from this device. No visit can start; past visits can still be read")
    static let caseWithdrawnShort = LocalizedText(zh: "已改派（个人信息已移除）", en: "reassigned away (personal data removed)")
    static let otherDevice = LocalizedText(zh: "他机", en: "other device")
    static let conflict = LocalizedText(zh: "冲突", en: "conflict")
    /// The case was visited on one day from more than one device.
    static let visitConflict = LocalizedText(zh: "同一天有其他设备也上门了此案件：", en: "Visited from another device on the same day: ")
}
