/// What `verify` checked and what it found.
public struct ChainReport: Hashable, Sendable, CustomStringConvertible {
    public var visitCount: Int
    public var eventCount: Int
    public var ledgerLength: Int
    /// Visits whose `started` event predates case binding: their case link cannot be checked.
    public var unboundVisitCount: Int
    /// The first problem of each visit that has one, in visit order; then the ledger's own.
    public var problems: [ChainProblem]

    public init(visitCount: Int, eventCount: Int, ledgerLength: Int, unboundVisitCount: Int, problems: [ChainProblem]) {
        self.visitCount = visitCount
        self.eventCount = eventCount
        self.ledgerLength = ledgerLength
        self.unboundVisitCount = unboundVisitCount
        self.problems = problems
    }

    /// Whether every chain, visit row and ledger entry matched.
    public var isIntact: Bool { problems.isEmpty }

    /// `checked 40 visits, 812 events, ledger of 812 entries: all intact`, or how many problems.
    public var description: String {
        let checked = "checked \(visitCount) visits, \(eventCount) events, ledger of \(ledgerLength) entries"
        let verdict = problems.isEmpty ? "all intact" : problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        let unbound = unboundVisitCount == 0 ? ""
            : "; \(unboundVisitCount) visits were started before visits named their case, so their case is not checked"
        return "\(checked): \(verdict)\(unbound)"
    }
}
