/// What `EvidenceFolder.check` found of one recorded file.
public enum EvidenceFileState: Hashable, Sendable {
    /// Present, and its content hashes to its name.
    case intact
    /// No file of that hash in the folder.
    case missing
    /// Present, but its content now hashes to `actual`.
    case changed(actual: String)
    /// Present, but this user may not read it (another user's review of a read-only store).
    case notPermitted
    /// Present but cannot be read (`reason`), or not a regular file.
    case unreadable(reason: String)
    /// The record's hash is not 64 lowercase hex digits, so it cannot name a kept file.
    case invalidHash
}
