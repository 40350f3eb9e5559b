import VisitDesk

/// `server assign` named cases the server does not hold; nothing was assigned.
struct UnknownReferences: ExplainedError {
    var references: [String]

    var explanation: LocalizedText {
        let shown = references.prefix(20).map { SafeText.neutralised($0) }.joined(separator: ", ")
            + (references.count > 20 ? " …(+\(references.count - 20))" : "")
        return LocalizedText(zh: "服务器上没有这些案件：\(shown)；什么也没分配",
                             en: "the server holds no case \(shown); nothing was assigned")
    }
}
