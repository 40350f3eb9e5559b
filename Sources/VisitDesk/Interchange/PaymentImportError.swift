/// Why a payments file was not posted. Posting is all or nothing: every problem is listed, in
/// file order, and no payment is posted.
public struct PaymentImportError: ExplainedError, Equatable, Sendable {
    public var problems: [CaseImportProblem]

    public init(problems: [CaseImportProblem]) {
        self.problems = problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    public var explanation: LocalizedText {
        let count = LocalizedText(zh: "文件中有 \(problems.count) 个问题", en: problems.count == 1 ? "1 problem" : "\(problems.count) problems")
        return LocalizedText(
            zh: "未入账任何还款，\(count.zh)：\n" + problems.map { $0.explanation(.zh) }.joined(separator: "\n"),
            en: "no payment posted, \(count.en) in the file:\n" + problems.map { $0.explanation(.en) }.joined(separator: "\n"))
    }
}
