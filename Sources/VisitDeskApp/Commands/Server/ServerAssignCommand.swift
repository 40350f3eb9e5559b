import ArgumentParser
import TeamServer
import VisitDesk

/// `visitdesk server assign REF… --agent BADGE --pg URL`: all the cases or, when any reference
/// is not on the server, none of them.
struct ServerAssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Assign cases to an operator; if any reference is not on the server, nothing is assigned.",
        discussion: "A case assigned to someone else moves: its personal data leaves the old device on that device's next sync.")

    @OptionGroup var server: ServerOptions

    @Option(help: ArgumentHelp("The operator's badge (WF-0312).", valueName: "badge"))
    var agent: String

    @Argument(help: ArgumentHelp("The case references.", valueName: "ref"))
    var references: [String]

    func validate() throws {
        guard !references.isEmpty else { throw ValidationError("name at least one case reference") }
    }

    func run() throws {
        let config = try server.config()
        let connection = try server.connect(config)
        defer { connection.close() }
        let unique = references.reduce(into: [String]()) { list, reference in if !list.contains(reference) { list.append(reference) } }
        let (assigned, unknown) = try TeamAdmin.assign(unique, to: agent, on: connection)
        guard unknown.isEmpty else { throw UnknownReferences(references: unknown) }
        let badge = SafeText.neutralised(agent)
        CommandOutput.print(LocalizedText(zh: "已把 \(assigned) 个案件分配给 \(badge)",
                                          en: "assigned \(assigned) case\(assigned == 1 ? "" : "s") to \(badge)")[server.language(config)])
    }
}
