/// An attached file that `verify` did not find as it was recorded: missing from the evidence
/// folder, changed since, or unreadable.
public struct EvidenceProblem: Hashable, Sendable, CustomStringConvertible {
    /// What the file was attached to.
    public enum Owner: Hashable, Sendable {
        case visit(id: Int64)
        /// A case's own records; the reference, or the id when the case row is gone.
        case loanCase(reference: String)
    }

    public var owner: Owner
    /// The recorded file name and hash.
    public var name: String
    public var sha256: String
    /// What was found instead of the file (never `.intact`).
    public var state: EvidenceFileState

    public init(owner: Owner, name: String, sha256: String, state: EvidenceFileState) {
        self.owner = owner
        self.name = name
        self.sha256 = sha256
        self.state = state
    }

    /// `visit 3: evidence file door.jpg (sha256 3f2a…): changed — it now hashes to 9c1e…`.
    public var description: String {
        let subject: String
        switch owner {
        case .visit(let id): subject = "visit \(id)"
        case .loanCase(let reference): subject = "case \(reference)"
        }
        let file = "\(subject): evidence file \(name) (sha256 \(sha256))"
        switch state {
        case .intact: return "\(file): intact"
        case .missing: return "\(file): missing — it is not in the evidence folder (deleted or moved)"
        case .changed(let actual): return "\(file): changed — its content now hashes to \(actual)"
        case .unreadable(let reason): return "\(file): cannot be read (\(reason))"
        case .notPermitted: return "\(file): this user may not read it"
        case .invalidHash: return "\(file): the recorded hash is not a SHA-256, so no kept file can match it (the record was changed)"
        }
    }
}
