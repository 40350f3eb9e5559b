import VisitDesk

/// The desk's words for the checklist's detail strip, what each change of the record
/// answers on the status line, and the confirmations asked before one.
extension UIText {
    static let requiredItem = LocalizedText(zh: "（必做）", en: "(required)")
    static let hint = LocalizedText(zh: "提示：", en: "Hint: ")
    static let reason = LocalizedText(zh: "原因：", en: "reason: ")
    static let noReasonGiven = LocalizedText(zh: "未说明原因", en: "no reason given")
    static let details = LocalizedText(zh: "详情", en: "details")
}
