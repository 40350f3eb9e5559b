import Foundation

/// Reads one CSV record into a `LoanCase`, collecting a problem for every bad value.
struct CaseRowReader {
    let record: CSVRecord
    let columns: [CaseColumn: Int]
    private(set) var problems: [CaseImportProblem] = []

    init(record: CSVRecord, columns: [CaseColumn: Int]) {
        self.record = record
        self.columns = columns
    }

    /// The record's ref, if it has one.
    var reference: String? {
        let text = value(.reference)
        return text.isEmpty ? nil : text
    }

    mutating func report(_ column: CaseColumn, _ text: LocalizedText) {
        problems.append(CaseImportProblem(line: record.line, column: (columns[column] ?? 0) + 1, text: text))
    }

    /// The case, or nil when a value is bad (the reasons are in `problems`). A row with a
    /// control character is reported for that alone: its other values are not read.
    mutating func loanCase() -> LoanCase? {
        checkCharacters()
        guard problems.isEmpty else { return nil }
        let reference = value(.reference)
        if reference.isEmpty {
            report(.reference, LocalizedText(zh: "编号为空；每个案件都需要借款或账户编号", en: "ref is empty; every case needs its loan or account number"))
        } else if let problem = CaseReference.problem(with: reference) {
            report(.reference, problem)
        }
        let name = value(.name)
        if name.isEmpty { report(.name, LocalizedText(zh: "姓名为空；每个案件都需要债务人姓名", en: "name is empty; every case needs the debtor's name")) }
        let address = value(.address)
        if address.isEmpty { report(.address, LocalizedText(zh: "地址为空；每个案件都需要上门地址", en: "address is empty; every case needs the address to visit")) }
        let product = value(.product)
        if product.isEmpty { report(.product, LocalizedText(zh: "产品为空；请写明借款产品（如 花呗、借呗）", en: "product is empty; name the loan product (e.g. 花呗, 借呗)")) }
        let phone = self.phone()
        let idNumber = self.idNumber()
        let outstanding = self.outstanding()
        let days = self.daysOverdue()
        let status = self.status()
        guard problems.isEmpty, let phone, let idNumber, let outstanding, let days, let status else { return nil }
        return LoanCase(
            reference: reference, debtorName: name, phone: phone, idNumber: idNumber,
            address: address, product: product, outstanding: outstanding, daysOverdue: days,
            status: status, assignedAgent: value(.agent), tags: tags())
    }

    /// Refuses C0/C1 controls, DEL and bidirectional controls in every value, naming the
    /// line and character where the file holds them. Tabs are never allowed; a line break
    /// only inside the address (a spreadsheet cell written on two lines), where it becomes a space.
    private mutating func checkCharacters() {
        for (column, index) in columns.sorted(by: { $0.value < $1.value }) {
            let field = record.fields[index]
            guard field.unicodeScalars.contains(where: SafeText.isUnsafe) else { continue }
            let allowance: SafeText.Allowance = column == .address ? .newline : []
            guard let unsafe = SafeText.firstUnsafeCharacter(in: field, allowing: allowance) else { continue }
            let position = record.filePosition(of: unsafe, inField: index)
            report(column, LocalizedText(
                zh: "\(column.chineseHeader)在第 \(position.line) 行第 \(position.column) 个字符处含有 \(unsafe.name)；"
                    + "不允许控制字符、制表符和双向覆盖字符" + (column == .address ? "（换行可以）" : ""),
                en: "\(column.header) holds \(unsafe.name) at line \(position.line), character \(position.column);"
                    + " control characters, tabs and bidirectional overrides are not allowed"
                    + (column == .address ? " (a line break is)" : "")))
        }
    }

    /// The trimmed value of `column`, with line breaks inside it turned into spaces; empty
    /// when the file has no such column.
    private func value(_ column: CaseColumn) -> String {
        guard let index = columns[column] else { return "" }
        let field = record.fields[index]
        guard field.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else {
            // Most values have nothing to trim; looking at two scalars is much cheaper than
            // trimming by Character.
            guard let first = field.unicodeScalars.first, let last = field.unicodeScalars.last,
                  first.properties.isWhitespace || last.properties.isWhitespace
            else { return field }
            return String(field.trimmingWhitespace())
        }
        return field
            .components(separatedBy: .newlines)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// Digits only: spaces, dashes and a leading +86 are dropped. Empty when unknown.
    private mutating func phone() -> String? {
        let text = value(.phone)
        var digits = text.filter { $0 != " " && $0 != "-" }
        if digits.hasPrefix("+86") { digits.removeFirst(3) }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            let masked = LoanCase.mask(text, keepingFirst: 3, last: 4)
            report(.phone, LocalizedText(zh: "电话“\(masked)”只能包含数字、空格、短横线和开头的 +86",
                                         en: "phone \"\(masked)\" may hold only digits, spaces, dashes and a leading +86"))
            return nil
        }
        guard digits.isEmpty || (7...12).contains(digits.count) else {
            let masked = LoanCase.mask(text, keepingFirst: 3, last: 4)
            report(.phone, LocalizedText(zh: "电话“\(masked)”有 \(digits.count) 位数字；电话号码为 7 到 12 位（手机 11 位）",
                                         en: "phone \"\(masked)\" has \(digits.count) digits; a phone number has 7 to 12 (a mobile 11)"))
            return nil
        }
        return digits
    }

    /// Upper-case `X`. Empty when unknown.
    private mutating func idNumber() -> String? {
        let text = value(.idNumber).uppercased()
        if !text.isEmpty, let problem = ChineseIDNumber.problem(with: text) {
            let masked = LoanCase.mask(text, keepingFirst: 3, last: 4)
            report(.idNumber, LocalizedText(zh: "\(problem.zh)：“\(masked)”", en: "\(problem.en): \"\(masked)\""))
            return nil
        }
        return text
    }

    private mutating func outstanding() -> Money? {
        do {
            return try Money.parse(value(.outstanding))
        } catch {
            report(.outstanding, LocalizedText(zh: "欠款金额：“\(error.text)”不是金额：\(error.message.zh)",
                                               en: "outstanding: \(error.description)"))
            return nil
        }
    }

    private mutating func daysOverdue() -> Int? {
        let text = value(.daysOverdue)
        guard !text.isEmpty else {
            report(.daysOverdue, LocalizedText(zh: "逾期天数为空；尚未逾期的案件请写 0", en: "days_overdue is empty; write 0 for a case that is not overdue yet"))
            return nil
        }
        let tooMany = LocalizedText(zh: "逾期天数 \(text) 超过上限 \(DomainLimits.maximumDaysOverdue) 天（一百年）",
                                    en: "days_overdue \(text) is more than the limit of \(DomainLimits.maximumDaysOverdue) days (a hundred years)")
        guard let days = Int(text) else {
            let digitsOnly = text.allSatisfy { $0.isASCII && $0.isNumber }
            report(.daysOverdue, digitsOnly ? tooMany : LocalizedText(zh: "逾期天数“\(text)”不是整数天数",
                                                                      en: "days_overdue \"\(text)\" is not a whole number of days"))
            return nil
        }
        guard days >= 0 else {
            report(.daysOverdue, LocalizedText(zh: "逾期天数 \(days) 是负数", en: "days_overdue \(days) is negative"))
            return nil
        }
        guard days <= DomainLimits.maximumDaysOverdue else {
            report(.daysOverdue, tooMany)
            return nil
        }
        return days
    }

    /// `open` when the column is absent or empty; English names in any case, or Chinese labels.
    private mutating func status() -> CaseStatus? {
        let text = value(.status)
        guard !text.isEmpty else { return .open }
        let squeezed = text.lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" }
        if let status = CaseStatus.allCases.first(where: { $0.rawValue.lowercased() == squeezed || $0.label.zh == text }) {
            return status
        }
        let english = CaseStatus.allCases.map(\.rawValue).joined(separator: ", ")
        let chinese = CaseStatus.allCases.map(\.label.zh).joined(separator: "、")
        report(.status, LocalizedText(zh: "未知状态“\(text)”；请用 \(chinese)（或 \(english)）",
                                      en: "unknown status \"\(text)\"; use one of \(english) (or \(chinese))"))
        return nil
    }

    /// Tags separated by `;`, `,`, `|`, `、` or their full-width forms.
    private func tags() -> [String] {
        value(.tags)
            .split(whereSeparator: { ";|；、,，".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
