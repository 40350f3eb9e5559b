import VisitDesk

/// The debtor's account (reason for the arrears, their words, attitude) as one line.
enum StatementText {
    static func describe(_ statement: DebtorStatement, language: Language) -> String {
        let detail = statement.detail.isEmpty ? "" : LocalizedText(zh: "（“\(statement.detail)”）", en: " (\"\(statement.detail)\")")[language]
        return statement.reason.label[language] + detail
            + LocalizedText(zh: "；态度：", en: "; attitude: ")[language] + statement.attitude.label[language]
    }
}
