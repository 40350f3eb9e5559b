import ArgumentParser
import Foundation
import VisitDesk

/// `visitdesk evidence VISIT --out DIR`: copies a visit's evidence files out with a manifest.
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Copy a visit's evidence files into a new folder, with manifest.json listing name, size, type, SHA-256, caption and time.",
        discussion: """
            Each file is written under its recorded name made safe for a file system (door.jpg, door-2.jpg for a second \
            file of that name), mode 0600, and checked against its hash as it is copied: a missing or changed file \
            stops the export and nothing is left behind. --out must not exist, or be an empty folder.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The visit id, as `visitdesk visits` lists it.", valueName: "visit"))
    var visitID: Int64

    @Option(help: ArgumentHelp("The folder to copy the files into (new, or empty).", valueName: "dir"))
    var out: String

    func run() throws {
        let store = try database.openExisting()
        let visit = try store.visit(id: visitID)
        let reference = try store.loanCase(id: visit.caseID)?.reference ?? "#\(visit.caseID)"
        let export = EvidenceExport(visitID: visitID, caseReference: reference, evidence: visit.attachedEvidence)
        try export.write(to: out, from: store.evidenceFolder)
        let language = Language.preferred(environment: ProcessInfo.processInfo.environment)
        for entry in export.entries {
            CommandOutput.print("\(entry.file)  \(entry.evidence.attachment.size)  sha256 \(entry.evidence.attachment.sha256)")
        }
        let count = export.entries.count
        CommandOutput.error(LocalizedText(zh: "已将上门 \(visitID) 的 \(count) 个附件和 manifest.json 复制到 \(out)",
                                          en: "copied \(count == 1 ? "1 evidence file" : "\(count) evidence files") of visit \(visitID) and manifest.json to \(out)")[language])
    }
}
