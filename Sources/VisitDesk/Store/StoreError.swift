/// Why the store refused or failed an action. Each case says what to do about it.
public enum StoreError: Error, Equatable, CustomStringConvertible, Sendable {
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String, unknownMigrations: [String])
    case caseNotFound(id: Int64)
    case caseReferenceNotFound(String)
    case duplicateReference(String)
    case invalidCase(reference: String, reason: String)
    case visitNotFound(id: Int64)
    case visitAlreadyOpen(caseID: Int64, visitID: Int64)
    /// The visit has ended: only addenda and the follow-up stage's items can still be written.
    case visitEnded(visitID: Int64)
    /// The visit ended with the visitors asked to leave: only addenda can still be written.
    case visitLocked(visitID: Int64)
    /// An addendum is for a visit that has ended; an open visit takes notes.
    case addendumBeforeEnd(visitID: Int64)
    case startedTwice(visitID: Int64)
    case notUndoable(visitID: Int64, sequence: Int, lastUndoable: Int?)
    case scriptDoesNotStart(caseID: Int64)
    case corruptEvent(visitID: Int64, sequence: Int, reason: String)
    /// A text of an event holds a control character or a bidirectional override.
    case unsafeText(field: String, character: SafeText.UnsafeCharacter)
    /// An outcome whose figures lie outside `DomainLimits`; the forms refuse these first.
    case figuresOutOfRange(OutcomeError)
    case database(String)
    case noDatabase(path: String)
    case readOnly(path: String)
    case needsUpgradeButReadOnly(path: String)
    case fileReplaced(path: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the database \(path): \(reason)"
        case .newerSchema(let path, let unknown):
            "the database \(path) was written by a newer VisitDesk (it has schema changes \(unknown.joined(separator: ", ")) that this version does not know); use a newer visitdesk, or another --db"
        case .caseNotFound(let id):
            "there is no case with id \(id)"
        case .caseReferenceNotFound(let reference):
            "there is no case with reference \(reference)"
        case .duplicateReference(let reference):
            "a case with reference \(reference) exists already (or appears twice); nothing was imported"
        case .invalidCase(let reference, let reason):
            "case \(reference): \(reason); nothing was imported"
        case .visitNotFound(let id):
            "there is no visit with id \(id)"
        case .visitAlreadyOpen(let caseID, let visitID):
            "case \(caseID) already has an open visit (\(visitID)); resume or end it first"
        case .visitEnded(let visitID):
            "visit \(visitID) has ended; only addenda and the follow-up stage's items can still be added"
        case .visitLocked(let visitID):
            "visit \(visitID) ended with the visitors asked to leave; only addenda can still be added"
        case .addendumBeforeEnd(let visitID):
            "visit \(visitID) is still open; write a note, addenda are for ended visits"
        case .startedTwice(let visitID):
            "visit \(visitID) has already started"
        case .notUndoable(let visitID, let sequence, let last):
            if let last {
                "event \(sequence) of visit \(visitID) cannot be undone; the last change that can be undone is \(last)"
            } else {
                "visit \(visitID) has nothing left to undo (event \(sequence) cannot be undone)"
            }
        case .scriptDoesNotStart(let caseID):
            "a visit script for case \(caseID) must begin with a \"started\" event"
        case .corruptEvent(let visitID, let sequence, let reason):
            "event \(sequence) of visit \(visitID) cannot be read (\(reason)); run `visitdesk verify`"
        case .unsafeText(let field, let character):
            "the \(field) holds \(character); control characters, tabs and bidirectional overrides cannot be stored — remove it and save again"
        case .figuresOutOfRange(let error):
            "the outcome cannot be stored: \(error.description)"
        case .database(let message):
            "database error: \(message)"
        case .noDatabase(let path):
            "no database at \(path); run `visitdesk init --db \(path)` to create an empty one, or `visitdesk demo --db \(path)` for demo data"
        case .readOnly(let path):
            "read-only review: the database \(path) cannot be written by this user; nothing can be changed"
        case .needsUpgradeButReadOnly(let path):
            "the database \(path) was written by an older VisitDesk and must be upgraded, but this user cannot write it; open it once as a user who can"
        case .fileReplaced(let path):
            "the database file at \(path) was deleted or replaced; nothing more is saved — restart the desk"
        }
    }
}
