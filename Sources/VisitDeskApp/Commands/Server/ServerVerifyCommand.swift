import ArgumentParser
import Foundation
import TeamServer
import VisitDesk

/// `visitdesk server verify`: every chain and signature the team's server holds, checked here.
struct ServerVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every visit's and case's chain on the team's server, each signature against its device's key and each operator against its device; name the first bad event.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var server: ServerOptions

    @Option(help: "text, or json: one object with the counts and the first problem.")
    var format: Format = .text

    func run() throws {
        let config = try server.config()
        let language = server.language(config)
        let connection = try server.connect(config)
        defer { connection.close() }
        let verification = try ServerVerifier.verify(connection)
        switch format {
        case .json:
            CommandOutput.print(Self.json(verification))
        case .text:
            let checked = LocalizedText(
                zh: "\(verification.visitStreams) 个走访流、\(verification.caseStreams) 个案件流、\(verification.events) 条事件",
                en: "\(verification.visitStreams) visit stream(s), \(verification.caseStreams) case stream(s), \(verification.events) event(s)")
            if let problem = verification.firstProblem {
                CommandOutput.error(problem.explanation[language])
                CommandOutput.error(LocalizedText(zh: "在检查了 \(checked.zh) 后停在第一处问题",
                                                  en: "stopped at the first bad event after \(checked.en)")[language])
            } else {
                CommandOutput.print(LocalizedText(zh: "所有链和签名均无误：\(checked.zh)", en: "all chains and signatures check: \(checked.en)")[language])
            }
        }
        if !verification.isIntact { throw CommandFailure.chainsBroken(count: 1) }
    }

    static func json(_ verification: ServerVerification) -> String {
        struct Exported: Encodable {
            struct Problem: Encodable { var stream: String, sequence: Int, device: String, problem: String }
            var intact: Bool
            var visitStreams, caseStreams, events: Int
            var firstProblem: Problem?
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let exported = Exported(intact: verification.isIntact, visitStreams: verification.visitStreams, caseStreams: verification.caseStreams,
                                events: verification.events, firstProblem: verification.firstProblem.map {
                                    Exported.Problem(stream: $0.stream, sequence: $0.sequence, device: $0.device, problem: $0.explanation.en)
                                })
        // Strings and numbers always encode.
        return SafeText.escapingUnsafeScalars(inJSON: String(decoding: (try? encoder.encode(exported)) ?? Data(), as: UTF8.self))
    }
}
