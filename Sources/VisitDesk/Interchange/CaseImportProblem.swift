/// One thing wrong in an imported CSV file, where a person can find it: the physical line
/// the record starts on (counting newlines inside quoted fields) and the 1-based column
/// (value) of the table. A problem with one character (a stray quote, a control character)
/// names that character's line and character position in its message. The strict CSV
/// reader throws one for the first syntax error; the importer gathers them in a `CaseImportError`.
public struct CaseImportProblem: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// What is wrong and what to write instead, in both languages.
    public var text: LocalizedText

    public init(line: Int, column: Int, text: LocalizedText) {
        self.line = line
        self.column = column
        self.text = text
    }

    /// The English message.
    public var message: String { text.en }

    /// `第 4 行第 7 列：…` or `line 4, column 7: …`, with control characters from the file neutralised.
    public func explanation(_ language: Language) -> String {
        LocalizedText(zh: "第 \(line) 行第 \(column) 列：\(SafeText.neutralised(text.zh))",
                      en: "line \(line), column \(column): \(SafeText.neutralised(text.en))")[language]
    }

    /// `line 4, column 7: outstanding: "12,34.5" is not an amount: …`; values quoted from the
    /// file are shown with their control characters neutralised.
    public var description: String { explanation(.en) }
}

/// Why a CSV file of cases was not imported. Import is all or nothing: every problem in
/// the file is listed, in file order, and no case is returned.
public struct CaseImportError: ExplainedError, Equatable, Sendable {
    public var problems: [CaseImportProblem]

    public init(problems: [CaseImportProblem]) {
        self.problems = problems
    }

    public var explanation: LocalizedText {
        let count = LocalizedText(zh: "文件中有 \(problems.count) 个问题", en: problems.count == 1 ? "1 problem" : "\(problems.count) problems")
        return LocalizedText(
            zh: "未导入任何案件，\(count.zh)：\n" + problems.map { $0.explanation(.zh) }.joined(separator: "\n"),
            en: "nothing imported, \(count.en) in the file:\n" + problems.map { $0.explanation(.en) }.joined(separator: "\n"))
    }
}
