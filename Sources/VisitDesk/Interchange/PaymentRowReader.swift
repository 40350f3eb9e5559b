import Foundation

/// Reads one record of a payments file, collecting a problem for every bad value.
struct PaymentRowReader {
    let record: CSVRecord
    let columns: [PaymentColumn: Int]
    let today: CalendarDay
    private(set) var problems: [CaseImportProblem] = []
    /// The reference, once `read` found it well formed (even when other values are bad).
    private(set) var reference: String?

    init(record: CSVRecord, columns: [PaymentColumn: Int], today: CalendarDay) {
        self.record = record
        self.columns = columns
        self.today = today
    }

    /// The day and amount, with `reference` set, or nil when a value is bad (the reasons are
    /// in `problems`, in column order). A value with a control character is reported for that alone.
    mutating func read() -> (day: CalendarDay, amount: Money)? {
        let referenceText = value(.reference), dayText = value(.day), amountText = value(.amount)
        reference = referenceText.flatMap { checkReference($0) }
        let day = dayText.flatMap { checkDay($0) }
        let amount = amountText.flatMap { checkAmount($0) }
        problems.sort { $0.column < $1.column }
        guard reference != nil, let day, let amount else { return nil }
        return (day, amount)
    }

    private mutating func report(_ column: PaymentColumn, _ text: LocalizedText) {
        problems.append(CaseImportProblem(line: record.line, column: columns[column]! + 1, text: text))
    }

    /// The trimmed value, or nil after reporting a control character, tab or line break in it.
    private mutating func value(_ column: PaymentColumn) -> String? {
        let index = columns[column]!
        let field = record.fields[index]
        if let unsafe = SafeText.firstUnsafeCharacter(in: field) {
            let position = record.filePosition(of: unsafe, inField: index)
            report(column, LocalizedText(
                zh: "\(column.chineseHeader)在第 \(position.line) 行第 \(position.column) 个字符处含有 \(unsafe.name)；不允许控制字符、制表符和换行",
                en: "\(column.header) holds \(unsafe.name) at line \(position.line), character \(position.column); control characters, tabs and line breaks are not allowed"))
            return nil
        }
        return String(field.trimmingWhitespace())
    }

    private mutating func checkReference(_ text: String) -> String? {
        if text.isEmpty {
            report(.reference, LocalizedText(zh: "编号为空；每笔还款都要写明借款或账户编号", en: "ref is empty; every payment needs its loan or account number"))
            return nil
        }
        if let problem = CaseReference.problem(with: text) {
            report(.reference, problem)
            return nil
        }
        return text
    }

    private mutating func checkDay(_ text: String) -> CalendarDay? {
        guard !text.isEmpty else {
            report(.day, LocalizedText(zh: "日期为空；请写明收到还款的日期", en: "date is empty; give the day the payment was received"))
            return nil
        }
        guard let day = Self.day(text) else {
            report(.day, LocalizedText(zh: "日期“\(text)”不是日期；请写成 2026-03-01、2026/3/1 或 2026年3月1日",
                                       en: "date \"\(text)\" is not a date; write 2026-03-01, 2026/3/1 or 2026年3月1日"))
            return nil
        }
        guard day.isValid else {
            report(.day, LocalizedText(zh: "日期 \(text) 不存在", en: "date \(text) is not a day of the calendar"))
            return nil
        }
        guard DomainLimits.contains(day), day <= today else {
            report(.day, LocalizedText(zh: "日期 \(day) 不在 \(DomainLimits.earliestDay) 到今天（\(today)）之间；还款不会发生在未来",
                                       en: "date \(day) is not between \(DomainLimits.earliestDay) and today (\(today)); money is not received in the future"))
            return nil
        }
        return day
    }

    private mutating func checkAmount(_ text: String) -> Money? {
        let amount: Money
        do {
            amount = try Money.parse(text)
        } catch {
            report(.amount, LocalizedText(zh: "金额“\(error.text)”不是金额：\(error.message.zh)", en: "amount: \(error.description)"))
            return nil
        }
        guard amount > .zero else {
            report(.amount, LocalizedText(zh: "金额为零；还款金额必须大于零", en: "amount is zero; a payment must be more than zero"))
            return nil
        }
        return amount
    }

    /// `2026-03-01`, `2026-3-1`, `2026/3/1` or `2026年3月1日`: four digits of year, one or two of
    /// month and day. Whether the day exists is checked by the caller.
    static func day(_ text: String) -> CalendarDay? {
        var fields: [Substring]
        if text.contains("年") {
            guard text.hasSuffix("日") else { return nil }
            fields = text.dropLast().split(separator: "年", omittingEmptySubsequences: false).flatMap {
                $0.split(separator: "月", omittingEmptySubsequences: false)
            }
        } else {
            let separator: Character = text.contains("/") ? "/" : "-"
            fields = text.split(separator: separator, omittingEmptySubsequences: false)
        }
        guard fields.count == 3, fields[0].count == 4, (1...2).contains(fields[1].count), (1...2).contains(fields[2].count),
              fields.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2])
        else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }
}
