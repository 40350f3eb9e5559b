/// Why a command could not do what it was asked, in words the user can act on (exit status 1).
enum CommandFailure: Error, CustomStringConvertible {
    case cannotRead(file: String, reason: String)
    case cannotWrite(file: String, reason: String)
    case outputExists(file: String)
    case outputIsDatabase(file: String, database: String)
    case revealNotRecorded(reason: String)
    case noSuchCase(reference: String)
    case noSuchPlaybook(id: String, known: [String])
    case chainsBroken(count: Int)

    var description: String {
        switch self {
        case .cannotRead(let file, let reason):
            "cannot read \(file): \(reason)"
        case .cannotWrite(let file, let reason):
            "cannot write \(file): \(reason)"
        case .outputExists(let file):
            "\(file) exists already; nothing written (add --force to replace it)"
        case .outputIsDatabase(let file, let database):
            "\(file) is the database \(database) or one of its files; nothing written (choose another --out)"
        case .revealNotRecorded(let reason):
            "personal data not shown: the reveal could not be recorded in the case access log (\(reason))"
        case .noSuchCase(let reference):
            "there is no case \(reference); `visitdesk cases --search` finds cases"
        case .noSuchPlaybook(let id, let known):
            "there is no playbook \(id); known playbooks: \(known.joined(separator: ", "))"
        case .chainsBroken(let count):
            count == 1 ? "1 problem found: the record is not intact" : "\(count) problems found: the record is not intact"
        }
    }
}
