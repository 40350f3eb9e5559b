/// A column of the payments CSV format (the lender's repayment records), with its English and
/// Chinese header names. All three are required.
public enum PaymentColumn: String, CaseIterable, Sendable, SpreadsheetColumn {
    case reference = "ref"
    case day = "date"
    case amount

    static let required: [PaymentColumn] = allCases

    public var header: String { rawValue }

    public var chineseHeader: String {
        switch self {
        case .reference: "编号"
        case .day: "日期"
        case .amount: "金额"
        }
    }
}
