/// A case as the team's server holds it for this operator, with the version it was pulled at.
public struct SyncCase: Hashable, Sendable {
    public var loanCase: LoanCase
    public var serverVersion: Int64

    public init(loanCase: LoanCase, serverVersion: Int64) {
        self.loanCase = loanCase
        self.serverVersion = serverVersion
    }
}
