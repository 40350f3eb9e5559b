import VisitDesk

/// Every piece of desk text in Chinese and English. Screens look text up here, so a
/// missing translation is a compile error rather than a blank on screen.
enum UIText {
    static let cases = LocalizedText(zh: "案件", en: "Cases")
    static let stage = LocalizedText(zh: "阶段", en: "Stage")
    static let checklist = LocalizedText(zh: "检查清单", en: "Checklist")
    static let notes = LocalizedText(zh: "记录", en: "Notes")
    static let caseDetails = LocalizedText(zh: "案件详情", en: "Case")
    static let noCaseOpen = LocalizedText(zh: "按 Enter 打开所选案件", en: "Press Enter to open the selected case")
    static let noVisit = LocalizedText(zh: "没有进行中的上门记录 — 按 v 开始", en: "No open visit — press v to start one")
    static let noNotes = LocalizedText(zh: "还没有记录 — 按 n 添加", en: "No notes yet — press n to add one")
    static let noMatches = LocalizedText(zh: "没有匹配的案件", en: "No matching cases")
    static let emptyTitle = LocalizedText(zh: "还没有案件", en: "No cases yet")
    static let emptyHowTo = LocalizedText(
        zh: "导入案件：visitdesk import 文件.csv\n或载入演示数据：visitdesk demo（或 visitdesk --demo 打开演示库）\n按 q 退出",
        en: "Import cases: visitdesk import FILE.csv\nor load demo data: visitdesk demo (or open the demo desk: visitdesk --demo)\nPress q to quit")
    static let phone = LocalizedText(zh: "电话", en: "Phone")
    static let idNumber = LocalizedText(zh: "身份证号", en: "ID number")
    static let address = LocalizedText(zh: "地址", en: "Address")
    static let outstanding = LocalizedText(zh: "欠款", en: "Outstanding")
    static let overdue = LocalizedText(zh: "逾期", en: "Overdue")
    static let daysUnit = LocalizedText(zh: "天", en: "d")
    static let status = LocalizedText(zh: "状态", en: "Status")
    static let tags = LocalizedText(zh: "标签", en: "Tags")
    static let revealedNotice = LocalizedText(zh: "个人信息已显示并记录，按 r 隐藏", en: "personal data shown and logged; r hides it")
    static let skipped = LocalizedText(zh: "已跳过", en: "skipped")
    static let ended = LocalizedText(zh: "已结束", en: "Ended")
    static let locked = LocalizedText(zh: "已锁定（被要求离开）", en: "Locked (asked to leave)")
    static let outcome = LocalizedText(zh: "结果", en: "Outcome")
    static let draftSaved = LocalizedText(zh: "草稿已保存", en: "draft saved")
    static let draftRestored = LocalizedText(zh: "已恢复未保存的记录草稿", en: "Unsaved note draft restored")
    static let noteEditorHint = LocalizedText(zh: "Enter 保存 · Esc 取消", en: "Enter saves · Esc cancels")
    static let nothingToUndo = LocalizedText(zh: "没有可撤销的操作", en: "Nothing to undo")
    static let visitReadOnly = LocalizedText(zh: "此次上门已结束，只读", en: "This visit has ended and is read-only")
    static let needOpenVisit = LocalizedText(zh: "请先开始上门（v）", en: "Start a visit first")
    static let needCase = LocalizedText(zh: "请先选择案件", en: "Select a case first")
    static let lastStage = LocalizedText(zh: "已是最后一个阶段", en: "Already at the last stage")
    static let firstStage = LocalizedText(zh: "已是第一个阶段", en: "Already at the first stage")
    static let readOnlyReview = LocalizedText(zh: "只读查阅：此用户不能写入这个数据库，任何更改都不会保存",
                                              en: "read-only review: this user cannot write the database; no change can be saved")
    static let revealNeedsWritableDatabase = LocalizedText(zh: "只读查阅：无法记录查看操作，因此不能显示个人信息",
                                                           en: "read-only review: a reveal cannot be logged, so personal data stays masked")
    static let writeFailed = LocalizedText(zh: "保存失败，未记录", en: "Not saved — the write failed")
    static let help = LocalizedText(zh: "帮助", en: "Help")
    static let helpClose = LocalizedText(zh: "Esc 或 ? 关闭", en: "Esc or ? closes")
    static let summary = LocalizedText(zh: "上门小结", en: "Visit summary")
    static let history = LocalizedText(zh: "上门记录", en: "Past visits")
    static let historyAll = LocalizedText(zh: "全部上门记录", en: "Past visits — all cases")
    static let noHistory = LocalizedText(zh: "没有上门记录", en: "No past visits")
    static let review = LocalizedText(zh: "查看（只读）", en: "Review (read-only)")
    static let timeline = LocalizedText(zh: "时间线", en: "Timeline")
    static let startVisit = LocalizedText(zh: "开始上门", en: "Start a visit")
    static let role = LocalizedText(zh: "角色", en: "Role")
    static let visitors = LocalizedText(zh: "人员 姓名/工号", en: "Visitors name/badge")
    static let location = LocalizedText(zh: "地点", en: "Location")
    static let formKeys = LocalizedText(zh: "多人用逗号分隔 · Tab 切换 · 空格 选择 · Enter 开始 · Esc 取消", en: "Several: comma-separated · Tab next · Space choose · Enter starts · Esc cancels")
    static let outcomeKeys = LocalizedText(zh: "Tab/↑↓ 切换 · Enter（最后一项）或 Ctrl-S 保存 · Esc 取消", en: "Tab/↑↓ move · Enter on last field or Ctrl-S saves · Esc cancels")
    static let chooseOutcome = LocalizedText(zh: "选择结果（j/k 后 Enter，或按高亮字母）", en: "Choose the outcome (j/k then Enter, or its letter)")
    static let skipReason = LocalizedText(zh: "跳过原因", en: "Reason for skipping")
    static let endVisit = LocalizedText(zh: "结束上门", en: "End the visit")
    static let quitWithDraft = LocalizedText(zh: "有未保存的记录草稿", en: "A note draft is open")
    static let keepDraftQuit = LocalizedText(zh: "保留草稿并退出", en: "Keep the draft and quit")
    static let discardDraftQuit = LocalizedText(zh: "丢弃草稿并退出", en: "Discard the draft and quit")
    static let cancel = LocalizedText(zh: "取消", en: "Cancel")
    static let tooSmall = LocalizedText(zh: "终端窗口太小", en: "The terminal is too small")
    static let needed = LocalizedText(zh: "需要", en: "needed")
    static let now = LocalizedText(zh: "当前", en: "now")
    static let summaryWritten = LocalizedText(zh: "小结已保存：", en: "Summary written: ")
    static let editorFailed = LocalizedText(zh: "无法运行编辑器：", en: "Could not run the editor: ")
    static let emptyNote = LocalizedText(zh: "记录为空，未保存", en: "The note is empty; nothing saved")
}

extension OutcomeCode {
    /// The letter that picks this code in the outcome list.
    var shortcut: Character {
        switch self {
        case .promiseToPay: "p"
        case .planAgreed: "l"
        case .paidInFull: "f"
        case .partialPayment: "a"
        case .refusedToPay: "r"
        case .disputed: "d"
        case .hardship: "h"
        case .noContact: "n"
        case .wrongAddress: "w"
        case .thirdPartyOnly: "t"
        case .askedToLeave: "x"
        case .rescheduled: "s"
        }
    }
}
