/// Why the store refused or failed an action. Each case says what to do about it.
public enum StoreError: ExplainedError, Equatable, Sendable {
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String, unknownMigrations: [String])
    case caseNotFound(id: Int64)
    case caseReferenceNotFound(String)
    case duplicateReference(String)
    case invalidCase(reference: String, reason: String)
    case visitNotFound(id: Int64)
    case visitAlreadyOpen(caseID: Int64, visitID: Int64)
    /// The visit has ended: only addenda and the follow-up stage's items can still be written.
    case visitEnded(visitID: Int64)
    /// The visit ended with the visitors asked to leave: only addenda can still be written.
    case visitLocked(visitID: Int64)
    /// A visit synced from another device: only that device writes it.
    case remoteVisit(visitID: Int64, device: String)
    /// An addendum is for a visit that has ended; an open visit takes notes.
    case addendumBeforeEnd(visitID: Int64)
    case startedTwice(visitID: Int64)
    case notUndoable(visitID: Int64, sequence: Int, lastUndoable: Int?)
    case scriptDoesNotStart(caseID: Int64)
    case corruptEvent(visitID: Int64, sequence: Int, reason: String)
    case corruptCaseEvent(caseID: Int64, sequence: Int, reason: String)
    /// A case record (contact, appointment, payment, hand mark, next action) that cannot be kept as given.
    case invalidCaseRecord(reference: String, reason: LocalizedText)
    /// An evidence file's record that cannot be kept as given (a hash or size out of form).
    case invalidAttachment(visitID: Int64, reason: LocalizedText)
    /// A text of an event holds a control character or a bidirectional override.
    case unsafeText(field: String, character: SafeText.UnsafeCharacter)
    /// An outcome whose figures lie outside `DomainLimits`; the forms refuse these first.
    case figuresOutOfRange(OutcomeError)
    case database(String)
    case noDatabase(path: String)
    case readOnly(path: String)
    case needsUpgradeButReadOnly(path: String)
    case fileReplaced(path: String)

    public var explanation: LocalizedText {
        switch self {
        case .cannotOpen(let path, let reason):
            LocalizedText(zh: "无法打开数据库 \(path)：\(reason)", en: "cannot open the database \(path): \(reason)")
        case .newerSchema(let path, let unknown):
            LocalizedText(
                zh: "数据库 \(path) 由更新版本的 VisitDesk 写入（含有本版本不认识的结构变更 \(unknown.joined(separator: ", "))）；请使用更新的 visitdesk，或换一个 --db",
                en: "the database \(path) was written by a newer VisitDesk (it has schema changes \(unknown.joined(separator: ", ")) that this version does not know); use a newer visitdesk, or another --db")
        case .caseNotFound(let id):
            LocalizedText(zh: "没有编号为 \(id) 的案件", en: "there is no case with id \(id)")
        case .caseReferenceNotFound(let reference):
            LocalizedText(zh: "没有编号为 \(reference) 的案件", en: "there is no case with reference \(reference)")
        case .duplicateReference(let reference):
            LocalizedText(zh: "编号为 \(reference) 的案件已存在（或重复出现）；未导入任何案件",
                          en: "a case with reference \(reference) exists already (or appears twice); nothing was imported")
        case .invalidCase(let reference, let reason):
            LocalizedText(zh: "案件 \(reference)：\(reason)；未导入任何案件", en: "case \(reference): \(reason); nothing was imported")
        case .visitNotFound(let id):
            LocalizedText(zh: "没有编号为 \(id) 的上门记录", en: "there is no visit with id \(id)")
        case .visitAlreadyOpen(let caseID, let visitID):
            LocalizedText(zh: "案件 \(caseID) 已有进行中的上门（\(visitID)）；请先继续或结束它",
                          en: "case \(caseID) already has an open visit (\(visitID)); resume or end it first")
        case .visitEnded(let visitID):
            LocalizedText(zh: "上门 \(visitID) 已结束，只能补充记录和勾选后续跟进阶段的事项",
                          en: "visit \(visitID) has ended; only addenda and the follow-up stage's items can still be added")
        case .remoteVisit(let visitID, let device):
            LocalizedText(zh: "上门 \(visitID) 由另一台设备（\(device)）记录，本机只能查看",
                          en: "visit \(visitID) is recorded by another device (\(device)); this one can only show it")
        case .visitLocked(let visitID):
            LocalizedText(zh: "上门 \(visitID) 以“被要求离开”结束，只能补充记录",
                          en: "visit \(visitID) ended with the visitors asked to leave; only addenda can still be added")
        case .addendumBeforeEnd(let visitID):
            LocalizedText(zh: "上门 \(visitID) 尚未结束；请写记录，补充记录只用于已结束的上门",
                          en: "visit \(visitID) is still open; write a note, addenda are for ended visits")
        case .startedTwice(let visitID):
            LocalizedText(zh: "上门 \(visitID) 已经开始", en: "visit \(visitID) has already started")
        case .notUndoable(let visitID, let sequence, let last):
            if let last {
                LocalizedText(zh: "上门 \(visitID) 的第 \(sequence) 条事件不能撤销；可撤销的最后一项是第 \(last) 条",
                              en: "event \(sequence) of visit \(visitID) cannot be undone; the last change that can be undone is \(last)")
            } else {
                LocalizedText(zh: "上门 \(visitID) 没有可撤销的内容（第 \(sequence) 条事件不能撤销）",
                              en: "visit \(visitID) has nothing left to undo (event \(sequence) cannot be undone)")
            }
        case .scriptDoesNotStart(let caseID):
            LocalizedText(zh: "案件 \(caseID) 的上门脚本必须以“开始”事件开头",
                          en: "a visit script for case \(caseID) must begin with a \"started\" event")
        case .corruptEvent(let visitID, let sequence, let reason):
            LocalizedText(zh: "上门 \(visitID) 的第 \(sequence) 条事件无法读取（\(reason)）；请运行 `visitdesk verify`",
                          en: "event \(sequence) of visit \(visitID) cannot be read (\(reason)); run `visitdesk verify`")
        case .corruptCaseEvent(let caseID, let sequence, let reason):
            LocalizedText(zh: "案件 \(caseID) 的第 \(sequence) 条案件事件无法读取（\(reason)）；请运行 `visitdesk verify`",
                          en: "event \(sequence) of case \(caseID) cannot be read (\(reason)); run `visitdesk verify`")
        case .invalidCaseRecord(let reference, let reason):
            LocalizedText(zh: "案件 \(reference)：\(reason.zh)；未保存", en: "case \(reference): \(reason.en); nothing was saved")
        case .invalidAttachment(let visitID, let reason):
            LocalizedText(zh: "上门 \(visitID)：\(reason.zh)；未保存", en: "visit \(visitID): \(reason.en); nothing was saved")
        case .unsafeText(let field, let character):
            LocalizedText(zh: "\(field) 含有 \(character)；控制字符、制表符和双向覆盖字符不能保存——请删除后再保存",
                          en: "the \(field) holds \(character); control characters, tabs and bidirectional overrides cannot be stored — remove it and save again")
        case .figuresOutOfRange(let error):
            LocalizedText(zh: "无法保存结果：\(error.message.zh)", en: "the outcome cannot be stored: \(error.description)")
        case .database(let message):
            LocalizedText(zh: "数据库错误：\(message)", en: "database error: \(message)")
        case .noDatabase(let path):
            LocalizedText(
                zh: "\(path) 没有数据库；运行 `visitdesk init --db \(path)` 新建一个空库，或 `visitdesk demo --db \(path)` 生成演示数据",
                en: "no database at \(path); run `visitdesk init --db \(path)` to create an empty one, or `visitdesk demo --db \(path)` for demo data")
        case .readOnly(let path):
            LocalizedText(zh: "只读查看：当前用户不能写入数据库 \(path)；无法做任何修改",
                          en: "read-only review: the database \(path) cannot be written by this user; nothing can be changed")
        case .needsUpgradeButReadOnly(let path):
            LocalizedText(zh: "数据库 \(path) 由旧版本 VisitDesk 写入，需要升级，但当前用户不能写入；请用有写权限的用户打开一次",
                          en: "the database \(path) was written by an older VisitDesk and must be upgraded, but this user cannot write it; open it once as a user who can")
        case .fileReplaced(let path):
            LocalizedText(zh: "\(path) 处的数据库文件已被删除或替换；之后的内容不会再保存——请重新启动工作台",
                          en: "the database file at \(path) was deleted or replaced; nothing more is saved — restart the desk")
        }
    }
}
