import VisitDesk

/// Desk text about writes that did not go through and what was kept instead.
extension UIText {
    static let storeBusy = LocalizedText(
        zh: "未保存：数据库正忙（另一个程序正在写入），请稍后重试", en: "Not saved: the database is busy (another program is writing); try again in a moment")
    static let storeBusyReading = LocalizedText(
        zh: "数据库正忙（另一个程序正在写入），请稍后重试", en: "The database is busy (another program is writing); try again in a moment")
    static let draftWaiting = LocalizedText(
        zh: "数据库正忙，草稿稍后保存；记录仍在屏幕上", en: "Database busy: the draft will be saved shortly; the note stays on screen")
    static let visitEndedElsewhere = LocalizedText(
        zh: "此次上门已在别处结束；正在输入的记录已保留为草稿，按 Enter 作为补记保存",
        en: "This visit was ended elsewhere; the note you are typing is kept as a draft, Enter saves it as an addendum")
    static let keptNoteOfEndedVisit = LocalizedText(
        zh: "已结束的上门保留了一条记录草稿 · 上门", en: "Note draft kept from ended visit")
    static let formRestored = LocalizedText(
        zh: "已恢复上次未提交的表单", en: "The form you had open was restored")
}
