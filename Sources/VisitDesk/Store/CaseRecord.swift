import Foundation
import GRDB

/// A row of the `loanCase` table.
struct CaseRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "loanCase"

    var id: Int64?
    var reference: String
    var debtorName: String
    var phone: String
    var idNumber: String
    var address: String
    var product: String
    var outstandingFen: Int64
    var daysOverdue: Int
    var status: String
    var assignedAgent: String
    var tags: [String]
    /// Set by the team sync only (`LoanCase.withdrawnAt`).
    var withdrawnAt: Date?

    init(_ loanCase: LoanCase) {
        id = loanCase.id
        reference = loanCase.reference
        debtorName = loanCase.debtorName
        phone = loanCase.phone
        idNumber = loanCase.idNumber
        address = loanCase.address
        product = loanCase.product
        outstandingFen = loanCase.outstanding.fen
        daysOverdue = loanCase.daysOverdue
        status = loanCase.status.rawValue
        assignedAgent = loanCase.assignedAgent
        tags = loanCase.tags
        withdrawnAt = loanCase.withdrawnAt
    }

    var loanCase: LoanCase {
        LoanCase(id: id, reference: reference, debtorName: debtorName, phone: phone, idNumber: idNumber,
                 address: address, product: product, outstanding: Money(fen: outstandingFen), daysOverdue: daysOverdue,
                 status: CaseStatus(rawValue: status) ?? .open, assignedAgent: assignedAgent, tags: tags,
                 withdrawnAt: withdrawnAt)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
