/// What `verify` checked and what it found.
public struct ChainReport: Hashable, Sendable, CustomStringConvertible {
    public var visitCount: Int
    public var eventCount: Int
    public var ledgerLength: Int
    /// The hash of the ledger's last entry (empty for an empty ledger). Noted down, it lets a
    /// later check prove that nothing was cut from the end since (see `missingLedgerEntry`).
    public var ledgerHead: String
    /// A ledger entry the caller expected (a head noted earlier) that the ledger no longer holds.
    public var missingLedgerEntry: String?
    /// Visits whose `started` event predates case binding: their case link cannot be checked.
    public var unboundVisitCount: Int
    /// The first problem of each visit that has one, in visit order; then the ledger's own.
    public var problems: [ChainProblem]
    /// Cases with records of their own (contacts, appointments, payments…), and how many records.
    public var caseCount: Int
    public var caseEventCount: Int
    /// The first problem of each case whose own records have one.
    public var caseProblems: [CaseChainProblem]
    /// How many attached files (of visits and cases) were checked against the evidence folder.
    public var evidenceFileCount: Int
    /// Each attached file that is missing, changed or unreadable.
    public var evidenceProblems: [EvidenceProblem]
    /// Every stamped event whose signature does not hold (see `SignatureAudit`).
    public var signatureProblems: [SignatureProblem] = []
    /// Attached files a read-only reviewer may not read, so not checked.
    public var evidenceNotCheckedCount = 0

    public init(visitCount: Int, eventCount: Int, ledgerLength: Int, ledgerHead: String, missingLedgerEntry: String?,
                unboundVisitCount: Int, problems: [ChainProblem],
                caseCount: Int = 0, caseEventCount: Int = 0, caseProblems: [CaseChainProblem] = [],
                evidenceFileCount: Int = 0, evidenceProblems: [EvidenceProblem] = []) {
        self.evidenceFileCount = evidenceFileCount
        self.evidenceProblems = evidenceProblems
        self.caseCount = caseCount
        self.caseEventCount = caseEventCount
        self.caseProblems = caseProblems
        self.visitCount = visitCount
        self.eventCount = eventCount
        self.ledgerLength = ledgerLength
        self.ledgerHead = ledgerHead
        self.missingLedgerEntry = missingLedgerEntry
        self.unboundVisitCount = unboundVisitCount
        self.problems = problems
    }

    /// Whether every chain, visit row, ledger entry and evidence file matched, and the expected entry is there.
    public var isIntact: Bool {
        signatureProblems.isEmpty && problems.isEmpty && caseProblems.isEmpty && evidenceProblems.isEmpty && missingLedgerEntry == nil
    }

    /// Every problem found, as `verify` prints them: signatures first (a forged or unknown signer
    /// matters before anything else), then visits', cases' and evidence files'.
    public var problemDescriptions: [String] {
        signatureProblems.map(\.description) + problems.map(\.description) + caseProblems.map(\.description)
            + evidenceProblems.map(\.description)
    }

    /// `checked 40 visits, 812 events, 3 evidence files, ledger of 812 entries: all intact`, or how many problems.
    public var description: String {
        let cases = caseCount == 0 ? "" : ", \(caseEventCount) records of \(caseCount) cases"
        let evidence = evidenceFileCount == 0 ? "" : evidenceFileCount == 1 ? ", 1 evidence file" : ", \(evidenceFileCount) evidence files"
        let checked = "checked \(visitCount) visits, \(eventCount) events\(cases)\(evidence), ledger of \(ledgerLength) entries"
        let count = problemDescriptions.count
        let verdict = isIntact ? "all intact" : count == 1 ? "1 problem" : "\(count) problems"
        let missing = missingLedgerEntry.map {
            "; the ledger no longer holds entry \($0) noted earlier (the record was cut short or rewritten since)"
        } ?? ""
        let unbound = unboundVisitCount == 0 ? ""
            : "; \(unboundVisitCount) visits were started before visits named their case, so their case is not checked"
        let notChecked = evidenceNotCheckedCount == 0 ? ""
            : "; \(evidenceNotCheckedCount) evidence files cannot be read by this user, so they are not checked"
        return "\(checked): \(verdict)\(missing)\(unbound)\(notChecked)"
    }
}
