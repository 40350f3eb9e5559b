import Foundation

/// Where a case stands. `kept` and `broken` follow the obligations of its latest promise or
/// plan (see `PaymentRule`).
public enum CaseStatus: String, Codable, Sendable, CaseIterable {
    case open, promised, planAgreed, settled, closed, kept, broken
}

/// An overdue loan assigned for a home visit. Phone and ID number are personal data:
/// show them through `maskedPhone` / `maskedIDNumber` unless the user revealed them.
public struct LoanCase: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    /// Loan or account number, unique, e.g. `HB-2025-0113`.
    public var reference: String
    public var debtorName: String
    public var phone: String
    public var idNumber: String
    public var address: String
    /// 花呗 Huabei, 借呗 Jiebei or another lender's product name.
    public var product: String
    public var outstanding: Money
    public var daysOverdue: Int
    public var status: CaseStatus
    public var assignedAgent: String
    public var tags: [String]
    /// When the case was reassigned away from this device (team sync): its personal data is
    /// removed and no visit can start on it; its past visits stay. Nil for a case still here.
    public var withdrawnAt: Date?

    public init(
        id: Int64? = nil, reference: String, debtorName: String, phone: String, idNumber: String,
        address: String, product: String, outstanding: Money, daysOverdue: Int,
        status: CaseStatus = .open, assignedAgent: String = "", tags: [String] = [], withdrawnAt: Date? = nil
    ) {
        self.withdrawnAt = withdrawnAt
        self.id = id
        self.reference = reference
        self.debtorName = debtorName
        self.phone = phone
        self.idNumber = idNumber
        self.address = address
        self.product = product
        self.outstanding = outstanding
        self.daysOverdue = daysOverdue
        self.status = status
        self.assignedAgent = assignedAgent
        self.tags = tags
    }
}
