import Foundation

/// A column of the case CSV format, with its English and Chinese header names.
public enum CaseColumn: String, CaseIterable, Sendable, SpreadsheetColumn {
    case reference = "ref"
    case name
    case phone
    case idNumber = "id_number"
    case address
    case product
    case outstanding
    case daysOverdue = "days_overdue"
    case status
    case agent
    case tags

    /// The columns every file must have; `status`, `agent` and `tags` may be left out.
    public static let required: [CaseColumn] = [.reference, .name, .phone, .idNumber, .address, .product, .outstanding, .daysOverdue]

    /// The English header, as written by the CSV export.
    public var header: String { rawValue }

    /// The Chinese header accepted in its place.
    public var chineseHeader: String {
        switch self {
        case .reference: "编号"
        case .name: "姓名"
        case .phone: "电话"
        case .idNumber: "身份证号"
        case .address: "地址"
        case .product: "产品"
        case .outstanding: "欠款金额"
        case .daysOverdue: "逾期天数"
        case .status: "状态"
        case .agent: "负责人"
        case .tags: "标签"
        }
    }
}
