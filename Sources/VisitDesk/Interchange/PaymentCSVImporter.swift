import Foundation

/// Reads the lender's repayment records: a header row `ref,date,amount` (or `编号,日期,金额`, in
/// any order), then one payment per record, read like the case import (`SpreadsheetTable`:
/// UTF-8 ± BOM, UTF-16 with BOM, GB18030; comma or tab; strict quoting; blank rows skipped).
///
/// A date is `2026-03-01`, `2026/3/1` (how Excel writes dates on a Chinese system) or
/// `2026年3月1日`, between 2000 and today: money is not received in the future. An amount is more
/// than zero, at most `DomainLimits.maximumAmount` and in whole fen (`Money.parse`). The same
/// reference, date and amount twice in one file is refused: a lender's record lists each payment
/// once, so a repeated row is a copy-and-paste slip, not a second payment.
public enum PaymentCSVImporter {
    /// The rows of the file and the problems of its rows; throws when the file as a whole
    /// cannot be read. `path` names the file (its last component becomes each payment's source);
    /// `today` is the latest day a payment may have.
    public static func read(_ data: Data, path: String, today: CalendarDay) throws(PaymentImportError) -> PaymentFile {
        let table: SpreadsheetTable<PaymentColumn>
        do {
            table = try SpreadsheetTable<PaymentColumn>.read(data)
        } catch {
            throw PaymentImportError(problems: error.problems)
        }
        let name = SafeText.neutralised(URL(fileURLWithPath: path).lastPathComponent)
        var rows: [PaymentRow] = []
        var problems: [CaseImportProblem] = []
        var referencesOfBadRows: [PaymentReference] = []
        var firstLine: [PaymentKey: Int] = [:]
        for record in table.rows {
            if let problem = table.fieldCountProblem(record) {
                problems.append(problem)
                continue
            }
            var reader = PaymentRowReader(record: record, columns: table.columns, today: today)
            let read = reader.read()
            let reference = reader.reference.map { PaymentReference(text: $0, line: record.line, column: table.columns[.reference]! + 1) }
            guard let (day, amount) = read, let reference else {
                problems += reader.problems
                referencesOfBadRows += reference.map { [$0] } ?? []
                continue
            }
            let key = PaymentKey(reference: reference.text, day: day, amount: amount)
            if let first = firstLine[key] {
                problems.append(CaseImportProblem(
                    line: record.line, column: 1,
                    text: LocalizedText(zh: "与第 \(first) 行是同一笔还款（编号 \(reference.text)、\(day)、\(amount.formatted)）；每笔还款只能列一次，请删去其中一行",
                                        en: "the same payment as line \(first) (ref \(reference.text), \(day), \(amount.formatted)); each payment is listed once, so remove one of the two lines")))
                continue
            }
            firstLine[key] = record.line
            rows.append(PaymentRow(reference: reference, payment: Payment(day: day, amount: amount, source: "\(name):\(record.line)")))
        }
        return PaymentFile(name: name, rows: rows, problems: problems, referencesOfBadRows: referencesOfBadRows,
                           encoding: table.encoding, separator: table.separator)
    }

    private struct PaymentKey: Hashable {
        var reference: String
        var day: CalendarDay
        var amount: Money
    }
}
