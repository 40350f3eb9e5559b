/// The two languages every piece of user-facing text exists in.
public enum Language: String, Codable, Sendable, CaseIterable {
    case zh, en
}

/// A text in Chinese and English.
public struct LocalizedText: Codable, Hashable, Sendable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public subscript(language: Language) -> String {
        language == .zh ? zh : en
    }
}

extension Language {
    /// The language the user's locale asks for (`LC_ALL`, `LC_MESSAGES`, then `LANG`): Chinese
    /// for `zh_*`, English otherwise.
    public static func preferred(environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("zh") ? .zh : .en
    }
}
