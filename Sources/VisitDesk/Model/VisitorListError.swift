import Foundation

/// Why a typed visitors list was refused; each case carries what the user typed.
public enum VisitorListError: Error, Equatable, Sendable {
    /// `/WF-1` — a badge with no name before it.
    case missingName(entry: String)
    /// `王磊/` — a slash with nothing after it.
    case emptyBadge(entry: String)
    /// The same badge for two entries.
    case badgeTwice(badge: String, first: String, second: String)
    /// The same name twice, neither with a badge: the record could not tell them apart.
    case nameTwice(name: String)

    /// What is wrong and how to fix it, in `language`.
    public func message(_ language: Language) -> String {
        switch self {
        case .missingName(let entry):
            LocalizedText(zh: "“\(entry)”没有姓名；写成 姓名 或 姓名/工号",
                          en: "\"\(entry)\" has no name; write name or name/badge")[language]
        case .emptyBadge(let entry):
            LocalizedText(zh: "“\(entry)”的斜杠后没有工号；写上工号或去掉斜杠",
                          en: "\"\(entry)\" has nothing after the slash; add the badge or drop the slash")[language]
        case .badgeTwice(let badge, let first, let second):
            LocalizedText(zh: "工号 \(badge) 出现了两次（\(first) 和 \(second)）；每位来访者只写一次",
                          en: "badge \(badge) is listed twice (\(first) and \(second)); list each visitor once")[language]
        case .nameTwice(let name):
            LocalizedText(zh: "\(name) 出现了两次且都没有工号；每位来访者只写一次，同名的请加工号区分",
                          en: "\(name) is listed twice without a badge; list each visitor once, or add badges to tell them apart")[language]
        }
    }
}
