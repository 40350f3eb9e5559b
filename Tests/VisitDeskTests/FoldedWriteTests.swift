import Foundation
import GRDB
import PropertyBased
import Testing
@testable import VisitDesk

/// A write hands back the visit as it now stands, folded in the write's own transaction: what
/// the desk shows after a tick must be exactly what reading the visit afresh would show.
@Suite struct FoldedWriteTests {
    static let later = StoreFixture.start.addingTimeInterval(0.0005)

    static func at(_ step: Int) -> Date { later.addingTimeInterval(Double(step) * 60) }

    @Test func everyKindOfWriteReturnsTheVisitAFreshReadGives() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        var visit = try fixture.startVisit(caseID: cases[0].id!)
        #expect(try fixture.store.visit(id: visit.id) == visit)
        let kinds: [VisitEventKind] = [
            .stageEntered(stageID: "notice"),
            .itemMarked(itemID: "notice.sent", mark: .done),
            .itemMarked(itemID: "notice.consequences", mark: .skipped(reason: "已电话告知")),
            .itemMarked(itemID: "notice.sent", mark: .pending),
            .itemMarked(itemID: "arrival.staff-id", mark: .notApplicable),
            .noteAdded(noteID: "n7", text: "债务人称本月工资延迟发放"),
            .noteAmended(noteID: "n7", text: "债务人称本月工资延迟发放，下周补上"),
            .personalDataRevealed(fields: [.phone, .idNumber]),
            .personalDataHidden,
            .outcomeRecorded(.promiseToPay(date: CalendarDay(year: 2026, month: 2, day: 1), amount: Money(yuan: 500), method: .bankTransfer)),
            .outcomeRecorded(.paidInFull(amount: Money(yuan: 800), method: .cashWithReceipt)),
            .undone(sequence: 12),
            .undone(sequence: 11),
            .undone(sequence: 8),
            .stageEntered(stageID: "arrival"),
            .ended(reason: .completed),
        ]
        for (step, kind) in kinds.enumerated() {
            visit = try fixture.store.append(kind, to: visit.id, at: Self.at(step), after: visit)
            #expect(visit.events.last?.kind == kind)
            #expect(try fixture.store.visit(id: visit.id) == visit, "after \(kind.name)")
        }
        #expect(visit.outcome == nil && visit.note("n7")?.text == "债务人称本月工资延迟发放" && visit.isEnded)
        #expect(try fixture.store.loanCase(id: cases[0].id!)?.status == .open)
    }

    @Test func aStaleVisitStillGivesTheStoredVisitWithTheNewEvent() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let seen = try fixture.startVisit(caseID: cases[0].id!)
        // Another terminal ticks an item after this one last read the visit.
        let other = try VisitStore(path: fixture.path)
        try other.append(.itemMarked(itemID: "notice.sent", mark: .done), to: seen.id, at: Self.at(1))

        let visit = try fixture.store.append(.noteAdded(noteID: "n3", text: "到访"), to: seen.id, at: Self.at(2), after: seen)
        #expect(visit.events.count == 3)
        #expect(visit.mark(of: "notice.sent") == .done && visit.note("n3")?.text == "到访")
        #expect(try fixture.store.visit(id: seen.id) == visit)

        let withoutKnown = try fixture.store.append(.stageEntered(stageID: "notice"), to: seen.id, at: Self.at(3), after: nil)
        #expect(try fixture.store.visit(id: seen.id) == withoutKnown)
    }

    @Test func aKnownVisitWhoseHeadDiffersIsNotFoldedOnto() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let first = try fixture.startVisit(caseID: cases[0].id!)
        let second = try fixture.startVisit(caseID: cases[1].id!)
        var forged = first
        forged.marks["notice.sent"] = MarkedItem(itemID: "notice.sent", mark: .done, at: StoreFixture.start, sequence: 1)
        forged.headHash = "0000"

        // Same number of events in each, so only the visit and the head tell them apart.
        let fromOther = try fixture.store.append(.stageEntered(stageID: "notice"), to: second.id, at: Self.at(1), after: first)
        #expect(fromOther == (try fixture.store.visit(id: second.id)))
        let fromForged = try fixture.store.append(.stageEntered(stageID: "notice"), to: first.id, at: Self.at(1), after: forged)
        #expect(fromForged == (try fixture.store.visit(id: first.id)))
        #expect(fromForged.marks.isEmpty)
    }

    @Test func anUndoOfAnEventThatIsNotTheLastUndoableIsRefusedWhateverTheKnownVisit() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        var visit = try fixture.startVisit(caseID: cases[0].id!)
        visit = try fixture.store.append(.stageEntered(stageID: "notice"), to: visit.id, at: Self.at(1), after: visit)
        let stale = visit
        visit = try fixture.store.append(.noteAdded(noteID: "n3", text: "x"), to: visit.id, at: Self.at(2), after: visit)
        for known in [visit, stale] {
            #expect(throws: StoreError.notUndoable(visitID: visit.id, sequence: 2, lastUndoable: 3)) {
                try fixture.store.append(.undone(sequence: 2), to: visit.id, at: Self.at(3), after: known)
            }
        }
        #expect(try fixture.store.visit(id: visit.id) == visit)
        let undone = try fixture.store.append(.undone(sequence: 3), to: visit.id, at: Self.at(4), after: stale)
        #expect(undone.notes.isEmpty)
        #expect(try fixture.store.visit(id: visit.id) == undone)
    }

    @Test func aRevealInAnOpenVisitReturnsThatVisitAndOutsideOneNothing() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        #expect(try fixture.store.recordReveal(caseID: cases[1].id!, fields: [.phone], revealed: true, at: Self.at(0)) == nil)
        let started = try fixture.startVisit(caseID: cases[0].id!)
        let revealed = try fixture.store.recordReveal(caseID: cases[0].id!, fields: [.phone, .idNumber], revealed: true,
                                                      at: Self.at(1), after: started)
        #expect(revealed?.revealed == [.phone, .idNumber])
        #expect(try fixture.store.visit(id: started.id) == revealed)
        let hidden = try fixture.store.recordReveal(caseID: cases[0].id!, fields: [], revealed: false, at: Self.at(2), after: started)
        #expect(hidden?.revealed == [] && hidden?.revealHistory.count == 2)
        #expect(try fixture.store.visit(id: started.id) == hidden)
    }

    /// Any run of writes, with notes amended and undos that are valid or not, each from the
    /// visit as last returned, an older one (as after another terminal's write) or none, gives
    /// the state a fresh read gives; a refused write leaves the visit as it was.
    @Test func anyRunOfWritesReturnsWhatAFreshReadGives() async {
        await propertyCheck(count: 60, input: AbsurdValues.eventKind.array(of: 1...16), Gen.int(in: 0...3).array(of: 16...16)) { kinds, picks in
            let fixture = try StoreFixture()
            var visit = try fixture.startVisit(caseID: try fixture.insertCases()[0].id!)
            var older = visit
            for (step, generated) in kinds.enumerated() {
                var kind = generated
                switch generated {
                case .noteAmended(_, let text):
                    kind = .noteAmended(noteID: visit.notes.last?.id ?? "n-none", text: text)
                case .undone(let sequence):
                    kind = .undone(sequence: picks[step] == 0 ? sequence : visit.lastUndoableSequence ?? sequence)
                default:
                    break
                }
                let known: VisitState? = switch picks[step] {
                case 2: older
                case 3: nil
                default: visit
                }
                older = visit
                do {
                    visit = try fixture.store.append(kind, to: visit.id, at: Self.at(step + 1), after: known)
                    #expect(visit.events.last?.kind == kind)
                } catch {
                    // Refused (an ended visit, an undo of another event, a figure out of range): nothing changed.
                }
                #expect(try fixture.store.visit(id: visit.id) == visit, "after \(kind)")
            }
        }
    }
}
