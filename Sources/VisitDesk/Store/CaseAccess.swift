import Foundation

/// Personal data of a case revealed or hidden while no visit was open.
public struct CaseAccess: Hashable, Sendable {
    public var caseID: Int64
    public var at: Date
    public var fields: [PersonalField]
    public var revealed: Bool

    public init(caseID: Int64, at: Date, fields: [PersonalField], revealed: Bool) {
        self.caseID = caseID
        self.at = at
        self.fields = fields
        self.revealed = revealed
    }
}
