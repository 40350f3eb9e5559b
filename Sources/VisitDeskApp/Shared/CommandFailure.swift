import VisitDesk

/// Why a command could not do what it was asked, in words the user can act on (exit status 1).
enum CommandFailure: ExplainedError {
    case cannotRead(file: String, reason: String)
    case cannotWrite(file: String, reason: String)
    case outputExists(file: String)
    case outputIsDatabase(file: String, database: String)
    case revealNotRecorded(reason: String)
    case noSuchCase(reference: String)
    case noSuchPlaybook(id: String, known: [String])
    case chainsBroken(count: Int)

    var explanation: LocalizedText {
        switch self {
        case .cannotRead(let file, let reason):
            LocalizedText(zh: "无法读取 \(file)：\(reason)", en: "cannot read \(file): \(reason)")
        case .cannotWrite(let file, let reason):
            LocalizedText(zh: "无法写入 \(file)：\(reason)", en: "cannot write \(file): \(reason)")
        case .outputExists(let file):
            LocalizedText(zh: "\(file) 已存在；什么也没写（加 --force 覆盖）", en: "\(file) exists already; nothing written (add --force to replace it)")
        case .outputIsDatabase(let file, let database):
            LocalizedText(zh: "\(file) 是数据库 \(database) 或它的文件之一；什么也没写（请换一个 --out）",
                          en: "\(file) is the database \(database) or one of its files; nothing written (choose another --out)")
        case .revealNotRecorded(let reason):
            LocalizedText(zh: "未显示个人信息：这次查看无法记入案件查看日志（\(reason)）",
                          en: "personal data not shown: the reveal could not be recorded in the case access log (\(reason))")
        case .noSuchCase(let reference):
            LocalizedText(zh: "没有案件 \(reference)；`visitdesk cases --search` 可以查找案件",
                          en: "there is no case \(reference); `visitdesk cases --search` finds cases")
        case .noSuchPlaybook(let id, let known):
            LocalizedText(zh: "没有流程 \(id)；已知的流程：\(known.joined(separator: ", "))",
                          en: "there is no playbook \(id); known playbooks: \(known.joined(separator: ", "))")
        case .chainsBroken(let count):
            LocalizedText(zh: "发现 \(count) 个问题：记录不完整",
                          en: count == 1 ? "1 problem found: the record is not intact" : "\(count) problems found: the record is not intact")
        }
    }
}
