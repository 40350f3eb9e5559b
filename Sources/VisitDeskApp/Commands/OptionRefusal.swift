import VisitDesk

/// A command-line value that reads but cannot be recorded, named by its option (exit status 1).
struct OptionRefusal: ExplainedError {
    var option: String
    var message: LocalizedText

    var explanation: LocalizedText {
        LocalizedText(zh: "\(option)：\(message.zh)；什么也没记录", en: "\(option): \(message.en); nothing recorded")
    }
}
