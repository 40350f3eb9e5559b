import Foundation
import TUI
@testable import VisitDeskApp
import VisitDesk

/// A desk state with three Chinese cases loaded and, on request, an open visit — built
/// without a store, so update and render tests run on values alone.
enum AppFixture {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    /// 2026-11-20 10:30 in Shanghai.
    static let now = Date(timeIntervalSince1970: 1_795_141_800)

    static let cases: [LoanCase] = [
        LoanCase(id: 1, reference: "HB-2025-0113", debtorName: "张伟", phone: "13812345678", idNumber: "110101199003074518",
                 address: "北京市朝阳区建国路88号", product: "花呗", outstanding: Money(fen: 6_212_070), daysOverdue: 120,
                 tags: ["首次上门"]),
        LoanCase(id: 2, reference: "JB-2025-0207", debtorName: "李娜", phone: "13900001111", idNumber: "310101198512125678",
                 address: "上海市浦东新区世纪大道100号", product: "借呗", outstanding: Money(fen: 830_000), daysOverdue: 45),
        LoanCase(id: 3, reference: "HB-2025-0311", debtorName: "欧阳娜娜", phone: "13700002222", idNumber: "440103199210105432",
                 address: "广州市天河区体育西路1号", product: "花呗", outstanding: Money(fen: 45_050), daysOverdue: 12),
    ]

    /// A fixed clock and a fixed id: an update gives the same effects every time.
    static let env = DeskEnvironment(now: { now }, newID: { "note-1" })

    static func state(width: Int = 120, height: Int = 40, language: Language = .en) -> DeskState {
        var config = RuleConfig()
        config.timeZone = shanghai
        var state = DeskState(language: language, size: Size(width: width, height: height), now: now,
                              clock: VisitClock(timeZone: shanghai), playbooks: PlaybookLibrary(),
                              rules: RuleEngine(config: config))
        _ = send(&state, .casesLoaded(count: CaseCount(value: cases.count), offset: 0, rows: cases.map { CaseListRow(loanCase: $0) }))
        return state
    }

    /// One event through `update` with the fixed environment.
    @discardableResult
    static func send(_ state: inout DeskState, _ event: DeskEvent) -> [Effect] {
        VisitDeskApp.update(&state, event, env)
    }

    /// Events of an agent visit to case 1, mid-way: two ticks, a skip, a note, stage 3.
    static func agentEvents(start: Date = now.addingTimeInterval(-1_800)) -> [VisitEvent] {
        let kinds: [VisitEventKind] = [
            .started(role: .agent, playbookID: "agent", visitors: [Visitor(name: "王强", badge: "A1023"), Visitor(name: "刘洋", badge: "A1077")], location: "客厅"),
            .itemMarked(itemID: "notice.reminder-sent", mark: .done),
            .stageEntered(stageID: "appointment"),
            .itemMarked(itemID: "appointment.time-agreed", mark: .done),
            .stageEntered(stageID: "arrival"),
            .itemMarked(itemID: "arrival.staff-id", mark: .done),
            .itemMarked(itemID: "arrival.authorisation", mark: .skipped(reason: "在门口交谈")),
            .noteAdded(noteID: "n1", text: "债务人称本月工资延迟发放，愿意先还一部分，下周一再联系确认具体金额。"),
        ]
        return kinds.enumerated().map { index, kind in
            VisitEvent(visitID: 7, sequence: index + 1, at: start.addingTimeInterval(Double(index) * 120), kind: kind, hash: "")
        }
    }

    static func visit(_ events: [VisitEvent]) -> VisitState {
        try! VisitState.fold(events, caseID: 1)
    }

    /// The desk with case 1 open and its agent visit mid-way, focus on the checklist.
    static func withOpenVisit(width: Int = 120, height: Int = 40, language: Language = .en) -> DeskState {
        var state = state(width: width, height: height, language: language)
        send(&state, .caseOpened(cases[0], visit: visit(agentEvents()), draft: nil))
        return state
    }

    /// Sends keys one after another and collects every effect.
    @discardableResult
    static func press(_ state: inout DeskState, _ keys: Key...) -> [Effect] {
        keys.flatMap { VisitDeskApp.update(&state, .key($0), env) }
    }

    @discardableResult
    static func type(_ state: inout DeskState, _ text: String) -> [Effect] {
        text.flatMap { VisitDeskApp.update(&state, .key(.character($0)), env) }
    }

    /// The desk as drawn, one string for the whole screen: what a user reads.
    static func screenText(_ state: DeskState) -> String {
        DeskRenderer.render(state).textLines().joined(separator: "\n")
    }

    /// The events the effects ask the store to append, in order.
    static func writes(_ effects: [Effect]) -> [VisitEventKind] {
        effects.compactMap { effect in
            if case .write(let write) = effect { return write.kind }
            return nil
        }
    }

    /// A component's own keymap has no key bound twice.
    static func duplicateKeys<C: Component>(_ component: C.Type) -> [Key] {
        Keymap(C.keymap(.en)).duplicateKeys() + Keymap(C.keymap(.zh)).duplicateKeys()
    }

    /// Has the runner carry out `effect` as if a key had asked for it, and takes in its results.
    static func run(_ effect: Effect, on desk: DeskRunner) throws {
        for event in desk.effects.perform(effect, language: desk.state.language) { try desk.dispatch(event) }
    }
}
