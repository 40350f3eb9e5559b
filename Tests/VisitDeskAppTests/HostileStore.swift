import Foundation
import GRDB
import TUI
import TestSupport
@testable import VisitDesk
@testable import VisitDeskApp

/// A database written behind the application's back, as old or hand-edited data would be:
/// a case whose every text field, and two visits whose visitors, location, skip reason,
/// note and outcome texts, hold terminal escapes (ESC `[2J`, OSC 52, a C1 CSI), BEL, NUL
/// and a right-to-left override. The events carry a valid hash chain, so the store reads
/// them as it reads any other. A custom playbook holding the same text sits in the config folder.
final class HostileStore {
    /// Every unsafe kind at once; `[2J` stays visible once the escape before it is neutralised.
    /// NUL comes last: SQLite hands a TEXT column back only up to its first NUL.
    static let text = "A\u{1B}[2J B\u{1B}]52;c;SGVsbG8=\u{07} C\u{9B}31m D\u{07} F\u{202E}G E\u{00}end"
    /// The scalars that must never reach a terminal or a file raw.
    static let forbidden: Set<UInt32> = [0x1B, 0x07, 0x00, 0x9B, 0x202E]
    static let playbookID = "hostile"

    let root: URL
    let database: String
    let environment: [String: String]
    let store: VisitStore
    let caseID: Int64 = 1

    init(reference: String = "R-" + HostileStore.text) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-hostile-\(UUID().uuidString)")
        database = root.appendingPathComponent("data/hostile.sqlite").path
        environment = [
            "HOME": root.path,
            "XDG_DATA_HOME": root.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
            "VISITDESK_DB": database,
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
        ]
        store = try VisitStore(path: database)
        let h = Self.text
        try store.write { db in
            try db.execute(sql: """
                INSERT INTO loanCase (id, reference, debtorName, phone, idNumber, address, product, outstandingFen,
                                      daysOverdue, status, assignedAgent, tags)
                VALUES (1, ?, ?, '13812345678', '110101199003074518', ?, ?, 100000, 30, 'open', ?, ?)
                """, arguments: [reference, "N-" + h, "Addr-" + h, "P-" + h, "Agent-" + h,
                                 String(decoding: try JSONEncoder().encode(["T-" + h]), as: UTF8.self)])
        }
        let start = Date(timeIntervalSince1970: 1_767_232_800)
        try insertVisit(id: 1, ended: true, start: start, kinds: [
            .started(role: .agent, playbookID: "agent", visitors: [Visitor(name: "V-" + h, badge: "B-" + h)], location: "L-" + h),
            .stageEntered(stageID: "arrival"),
            .itemMarked(itemID: "arrival.authorisation", mark: .skipped(reason: "S-" + h)),
            .noteAdded(noteID: "n1", text: "Note-" + h + "\nsecond line " + h),
            .outcomeRecorded(.refusedToPay(reason: "O-" + h)),
            .ended(reason: .completed),
        ])
        try insertVisit(id: 2, ended: false, start: start.addingTimeInterval(86_400), kinds: [
            .started(role: .agent, playbookID: "agent", visitors: [Visitor(name: "V2-" + h, badge: "B2-" + h)], location: "L2-" + h),
            .stageEntered(stageID: "arrival"),
            .itemMarked(itemID: "arrival.authorisation", mark: .skipped(reason: "S2-" + h)),
            .noteAdded(noteID: "n1", text: "Note2-" + h),
            .outcomeRecorded(.thirdPartyOnly(who: "W-" + h)),
        ])
        try writePlaybook()
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes the visit row and its events with the chain `EventChain` computes, bypassing every check of the store.
    private func insertVisit(id: Int64, ended: Bool, start: Date, kinds: [VisitEventKind]) throws {
        let encoder = EventChain.encoder()
        var previous = ""
        var rows: [(sequence: Int, kind: String, at: Date, payload: String, hash: String)] = []
        for (index, kind) in kinds.enumerated() {
            let at = start.addingTimeInterval(Double(index) * 60)
            let payload = try EventChain.payload(visitID: id, sequence: index + 1, at: at, kind: kind, encoder: encoder)
            previous = EventChain.hash(previous: previous, payload: payload)
            rows.append((index + 1, kind.name, at, payload, previous))
        }
        let last = rows.last!
        let outcome: String? = kinds.compactMap { if case .outcomeRecorded(let outcome) = $0 { outcome.code.rawValue } else { nil } }.last
        try store.write { db in
            try db.execute(sql: """
                INSERT INTO visit (id, caseID, role, playbookID, startedAt, endedAt, endReason, outcomeCode, caseStatusAtStart,
                                   eventCount, headHash, lastEventAt)
                VALUES (?, 1, 'agent', 'agent', ?, ?, ?, ?, 'open', ?, ?, ?)
                """, arguments: [id, start, ended ? last.at : nil, ended ? "completed" : nil, outcome, rows.count, last.hash, last.at])
            for row in rows {
                try db.execute(sql: "INSERT INTO visitEvent (visitID, sequence, kind, at, payload, hash) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: [id, row.sequence, row.kind, row.at, row.payload, row.hash])
            }
        }
    }

    private func writePlaybook() throws {
        let h = Self.text
        let playbook = Playbook(id: Self.playbookID, role: .agent, title: LocalizedText(zh: "标题" + h, en: "Title" + h), stages: [
            Stage(id: "one", title: LocalizedText(zh: "阶段" + h, en: "Stage" + h), items: [
                ChecklistItem(id: "one.item", text: LocalizedText(zh: "项" + h, en: "Item" + h)),
            ]),
        ])
        let folder = root.appendingPathComponent("config/visitdesk/playbooks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(PlaybookTOML.export(playbook).utf8).write(to: folder.appendingPathComponent("hostile.toml"))
    }

    /// The desk on this store, drawn into memory, with its case list loaded.
    func desk(width: Int = 120, height: Int = 40) throws -> (DeskRunner, MemoryBackend) {
        let backend = MemoryBackend(width: width, height: height)
        var rules = RuleConfig()
        rules.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let desk = DeskRunner(store: store, backend: backend, language: .en, rules: rules,
                              playbooks: PlaybookLibrary(directory: root.appendingPathComponent("config/visitdesk/playbooks")),
                              environment: environment)
        try desk.start()
        return (desk, backend)
    }

    /// The summaries the desk's `w` has written, by file name.
    var summaryFolder: URL { root.appendingPathComponent("data/visitdesk/summaries") }

    /// Runs the built `visitdesk` with this store's folders.
    func run(_ arguments: String...) throws -> Subprocess.Result {
        try Subprocess.run([try BuiltProducts.path("visitdesk")] + arguments, environment: environment)
    }

    /// The forbidden scalars found in `text`, named, e.g. `U+001B (escape)`.
    static func unsafeScalars(in text: String) -> [String] {
        Array(Set(text.unicodeScalars.filter { forbidden.contains($0.value) }.map { SafeText.name(of: $0) })).sorted()
    }
}
