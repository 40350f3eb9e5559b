import VisitDesk

/// The desk's words for the checklist's detail strip, what each change of the record
/// answers on the status line, and the confirmations asked before one.
extension UIText {
    static let requiredItem = LocalizedText(zh: "（必做）", en: " (required)")
    static let hint = LocalizedText(zh: "提示：", en: "Hint: ")
    static let reason = LocalizedText(zh: "原因：", en: "reason: ")
    static let noReasonGiven = LocalizedText(zh: "未说明原因", en: "no reason given")
    static let details = LocalizedText(zh: "详情", en: "details")
}

extension UIText {
    static let confirmTitle = LocalizedText(zh: "请确认", en: "Please confirm")
    static let confirmKeys = LocalizedText(zh: "y/Enter 确认 · n/Esc 取消", en: "y/Enter confirm · n/Esc cancel")
    static let cancelledNothingChanged = LocalizedText(zh: "已取消，没有更改", en: "Cancelled — nothing changed")
    static let revealQuestion = LocalizedText(zh: "完整显示电话和身份证号？这次查看会记录在案。",
                                              en: "Show the phone and ID number in full? The reveal is logged.")

    /// `-` on an item already done.
    static func notApplicableQuestion(_ item: String) -> LocalizedText {
        LocalizedText(zh: "“\(item)”已完成。改为不适用？", en: "“\(item)” is done. Mark it not applicable instead?")
    }

    static let markPendingAgain = LocalizedText(zh: "改回待办：", en: "pending again: ")
    static let markSkipped = LocalizedText(zh: "已跳过：", en: "skipped: ")
    static let markNotApplicable = LocalizedText(zh: "不适用：", en: "not applicable: ")
    static let undone = LocalizedText(zh: "已撤销：", en: "undone: ")
    static let noteSaved = LocalizedText(zh: "记录已保存", en: "Note saved")
    static let noteAmended = LocalizedText(zh: "记录已修改", en: "Note amended")
    static let addendumSaved = LocalizedText(zh: "补充记录已保存", en: "Addendum saved")
    static let outcomeRecorded = LocalizedText(zh: "结果已记录：", en: "Outcome recorded: ")
    static let visitEnded = LocalizedText(zh: "上门已结束：", en: "Visit ended: ")
    static let visitStarted = LocalizedText(zh: "上门已开始", en: "Visit started")
    static let personalDataShown = LocalizedText(zh: "个人信息已完整显示（已记录在案），按 r 隐藏", en: "Personal data shown in full (logged); r hides it")
    static let personalDataHidden = LocalizedText(zh: "个人信息已隐藏", en: "Personal data hidden")

    /// `stage 4/9: Identity check`.
    static func stageEntered(_ number: Int, of count: Int, _ title: String) -> LocalizedText {
        LocalizedText(zh: "进入阶段 \(number)/\(count)：\(title)", en: "Stage \(number)/\(count): \(title)")
    }
}
