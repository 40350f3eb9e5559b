import ArgumentParser
import Foundation
import VisitDesk

/// `visitdesk attach VISIT FILE` (or `--case REF FILE`): keeps a photo, recording or scanned
/// letter as evidence of a visit or of a case, and prints what was kept.
struct AttachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach",
        abstract: "Keep a file (photo, recording, scanned letter) as evidence of a visit, or of a case with --case.",
        usage: """
            visitdesk attach VISIT FILE [--caption TEXT]
            visitdesk attach --case REF FILE [--caption TEXT]
            """,
        discussion: """
            The file is copied into the evidence folder beside the database (DATABASE.evidence, named by the file's \
            SHA-256) and the visit's or case's record notes its name, size, type, hash and caption; `visitdesk verify` \
            checks it stays there unchanged. At most \(EvidenceFolder.maximumSize / 1_048_576) MB a file. An ended visit \
            still takes evidence.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The visit id (as `visitdesk visits` lists it) and the file; with --case, only the file.",
                                 valueName: "visit file"))
    var arguments: [String]

    @Option(name: .customLong("case"), help: ArgumentHelp("Attach to this case's own records instead of a visit.", valueName: "ref"))
    var caseReference: String?

    @Option(help: ArgumentHelp("What the file shows, in a few words.", valueName: "text"))
    var caption = ""

    func validate() throws {
        if caseReference != nil {
            guard arguments.count == 1 else { throw ValidationError("with --case give only the file: visitdesk attach --case REF FILE") }
        } else {
            guard arguments.count == 2 else { throw ValidationError("give the visit id and the file: visitdesk attach VISIT FILE (or --case REF FILE)") }
            guard Int64(arguments[0]) != nil else { throw ValidationError("the visit id must be a number, not \(arguments[0])") }
        }
    }

    func run() throws {
        let store = try database.openExisting()
        let file = arguments[arguments.count - 1]
        let language = Language.preferred(environment: ProcessInfo.processInfo.environment)
        let attachment: Attachment
        let owner: LocalizedText
        if let caseReference {
            guard let loanCase = try store.loanCase(reference: caseReference), let caseID = loanCase.id else {
                throw CommandFailure.noSuchCase(reference: caseReference)
            }
            let event = try store.attachEvidence(fileAt: file, caption: caption, caseID: caseID, at: Date())
            guard case .evidenceAttached(let kept) = event.kind else { return }
            attachment = kept
            owner = LocalizedText(zh: "案件 \(caseReference)", en: "case \(caseReference)")
        } else {
            let visitID = Int64(arguments[0])!
            attachment = try store.attachEvidence(fileAt: file, caption: caption, toVisit: visitID, at: Date(), after: nil).attachment
            owner = LocalizedText(zh: "上门 \(visitID)", en: "visit \(visitID)")
        }
        CommandOutput.print(Self.kept(attachment, owner: owner, language: language))
    }

    /// `visit 3: kept door.jpg · 49321 bytes · image/jpeg · sha256 3f2a…` (the full hash).
    static func kept(_ attachment: Attachment, owner: LocalizedText, language: Language) -> String {
        let bytes = LocalizedText(zh: "\(attachment.size) 字节", en: "\(attachment.size) bytes")[language]
        let lead = LocalizedText(zh: "\(owner.zh)：已保存 ", en: "\(owner.en): kept ")[language]
        return "\(lead)\(attachment.name) · \(bytes) · \(attachment.type) · sha256 \(attachment.sha256)"
    }
}
