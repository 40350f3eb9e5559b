import Foundation
import Testing
@testable import VisitDesk

/// What the store still takes once a visit has ended: addenda always; follow-up items (and
/// the undo of one ticked after the end) unless the visitors were asked to leave; nothing else.
struct AfterEndStoreTests {
    static let agent = PlaybookLibrary().playbook(id: "agent")!
    static var followUpItem: String { agent.followUpStage!.items[0].id }

    /// A stored agent visit ended for `reason`, with a note written during it.
    static func ended(_ reason: EndReason) throws -> (StoreFixture, VisitState) {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        try fixture.store.append(.noteAdded(noteID: "n2", text: "在客厅交谈"), to: visit.id, at: StoreFixture.start.addingTimeInterval(60))
        try fixture.store.append(.ended(reason: reason), to: visit.id, at: StoreFixture.start.addingTimeInterval(600))
        return (fixture, visit)
    }

    @Test func anAddendumIsTakenAfterAnyEndAndFoldsAsAnAddendumWithItsTime() throws {
        for reason in EndReason.allCases {
            let (fixture, visit) = try Self.ended(reason)
            let later = StoreFixture.start.addingTimeInterval(3_600)
            try fixture.store.append(.addendumAdded(noteID: "a4", text: "回到车上补记：对方情绪激动"), to: visit.id, at: later)
            let folded = try fixture.store.visit(id: visit.id)
            #expect(folded.notes.map(\.isAddendum) == [false, true], "\(reason)")
            #expect(folded.notes.last?.at == later)
            #expect(folded.endedAt == StoreFixture.start.addingTimeInterval(600), "an addendum does not move the end")
            #expect(try fixture.store.verify() == [], "\(reason)")
        }
    }

    @Test func anAddendumIsRefusedWhileTheVisitIsOpen() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        #expect(throws: StoreError.addendumBeforeEnd(visitID: visit.id)) {
            try fixture.store.append(.addendumAdded(noteID: "a2", text: "太早"), to: visit.id, at: StoreFixture.start)
        }
    }

    @Test func aFollowUpItemCanBeTickedAndUndoneAfterCompletion() throws {
        let (fixture, visit) = try Self.ended(.completed)
        let tick = try fixture.store.append(.itemMarked(itemID: Self.followUpItem, mark: .done), to: visit.id,
                                            at: StoreFixture.start.addingTimeInterval(4_000), playbook: Self.agent)
        #expect(try fixture.store.visit(id: visit.id).mark(of: Self.followUpItem) == .done)
        try fixture.store.append(.undone(sequence: tick.sequence), to: visit.id, at: StoreFixture.start.addingTimeInterval(4_100),
                                 playbook: Self.agent)
        #expect(try fixture.store.visit(id: visit.id).mark(of: Self.followUpItem) == .pending)
        #expect(try fixture.store.verify() == [])
    }

    @Test func anItemOutsideTheFollowUpStageStaysClosedAfterTheEnd() throws {
        let (fixture, visit) = try Self.ended(.completed)
        #expect(throws: StoreError.visitEnded(visitID: visit.id)) {
            try fixture.store.append(.itemMarked(itemID: "arrival.staff-id", mark: .done), to: visit.id, at: Date(), playbook: Self.agent)
        }
    }

    @Test func aFollowUpTickNeedsTheVisitsOwnPlaybook() throws {
        let (fixture, visit) = try Self.ended(.completed)
        #expect(throws: StoreError.visitEnded(visitID: visit.id)) {
            try fixture.store.append(.itemMarked(itemID: Self.followUpItem, mark: .done), to: visit.id, at: Date())
        }
        let debtor = PlaybookLibrary().playbook(id: "debtor")!
        #expect(throws: StoreError.visitEnded(visitID: visit.id)) {
            try fixture.store.append(.itemMarked(itemID: Self.followUpItem, mark: .done), to: visit.id, at: Date(), playbook: debtor)
        }
    }

    @Test func undoAfterTheEndNeverTakesBackWhatHappenedDuringTheVisit() throws {
        let (fixture, visit) = try Self.ended(.completed)
        #expect(throws: StoreError.visitEnded(visitID: visit.id)) {
            try fixture.store.append(.undone(sequence: 2), to: visit.id, at: Date(), playbook: Self.agent)
        }
    }

    @Test func askedToLeaveLocksEverythingButAddenda() throws {
        let (fixture, visit) = try Self.ended(.askedToLeave)
        let refused: [VisitEventKind] = [
            .itemMarked(itemID: Self.followUpItem, mark: .done), .noteAdded(noteID: "n9", text: "继续谈"),
            .stageEntered(stageID: "departure"), .visitorsChanged(visitors: [Visitor(name: "王磊")]),
            .outcomeRecorded(.askedToLeave), .ended(reason: .completed),
        ]
        for kind in refused {
            #expect(throws: StoreError.visitLocked(visitID: visit.id), "\(kind.name)") {
                try fixture.store.append(kind, to: visit.id, at: Date(), playbook: Self.agent)
            }
        }
        try fixture.store.append(.addendumAdded(noteID: "a9", text: "离开后在楼下记录"), to: visit.id, at: Date())
        #expect(try fixture.store.visit(id: visit.id).notes.last?.isAddendum == true)
    }

    @Test func otherChangesAreRefusedAfterCompletion() throws {
        let (fixture, visit) = try Self.ended(.completed)
        let refused: [VisitEventKind] = [
            .noteAdded(noteID: "n9", text: "late"), .stageEntered(stageID: "plan"), .outcomeRecorded(.askedToLeave),
            .visitorsChanged(visitors: []), .statementRecorded(DebtorStatement(reason: .other, attitude: .hesitant)),
            .ended(reason: .aborted),
        ]
        for kind in refused {
            #expect(throws: StoreError.visitEnded(visitID: visit.id), "\(kind.name)") {
                try fixture.store.append(kind, to: visit.id, at: Date(), playbook: Self.agent)
            }
        }
    }
}
