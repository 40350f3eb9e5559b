/// Cases as JSON or CSV for `visitdesk cases` and `visitdesk export`. Phone and ID number
/// are masked unless `reveal` is true. The CSV has the import columns, so a revealed export
/// imports back unchanged.
public enum CaseExport {
    /// One pretty-printed JSON array of case objects; amounts as decimal strings.
    public static func json(_ cases: [LoanCase], reveal: Bool = false) -> String {
        ExportJSON.encode(cases.map { ExportedCase($0, reveal: reveal) })
    }

    /// A header row `ref,name,phone,…` and one row per case; tags joined with `;`; each
    /// cell made safe for a terminal and a spreadsheet (`SpreadsheetCell`).
    public static func csv(_ cases: [LoanCase], reveal: Bool = false) -> String {
        CSVTable(
            header: CaseColumn.allCases.map(\.header),
            rows: cases.map { loan in
                let exported = ExportedCase(loan, reveal: reveal)
                return CaseColumn.allCases.map { column -> String in
                    let value = switch column {
                    case .reference: exported.ref
                    case .name: exported.name
                    case .phone: exported.phone
                    case .idNumber: exported.idNumber
                    case .address: exported.address
                    case .product: exported.product
                    case .outstanding: exported.outstanding
                    case .daysOverdue: String(exported.daysOverdue)
                    case .status: exported.status
                    case .agent: exported.agent
                    case .tags: exported.tags.joined(separator: ";")
                    }
                    return SpreadsheetCell.safe(value)
                }
            }
        ).text
    }
}

/// A case as it is exported.
struct ExportedCase: Encodable {
    var id: Int64?
    var ref: String
    var name: String
    var phone: String
    var idNumber: String
    var address: String
    var product: String
    var outstanding: String
    var daysOverdue: Int
    var status: String
    var agent: String
    var tags: [String]

    init(_ loan: LoanCase, reveal: Bool) {
        id = loan.id
        ref = loan.reference
        name = loan.debtorName
        phone = reveal ? loan.phone : loan.maskedPhone
        idNumber = reveal ? loan.idNumber : loan.maskedIDNumber
        address = loan.address
        product = loan.product
        outstanding = loan.outstanding.decimalString
        daysOverdue = loan.daysOverdue
        status = loan.status.rawValue
        agent = loan.assignedAgent
        tags = loan.tags
    }
}
