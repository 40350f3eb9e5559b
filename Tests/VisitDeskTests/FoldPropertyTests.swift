import Foundation
import PropertyBased
import Testing
@testable import VisitDesk

@Suite struct FoldPropertyTests {
    static let rules = RuleConfig(timeZone: TimeZone(identifier: "Asia/Shanghai")!)

    @Test func anySequenceOfEventsFoldsSummarisesAndRendersWithoutTrapping() async {
        await propertyCheck(count: 300, input: AbsurdValues.eventKind.array(of: 0...25)) { kinds in
            var script = EventScript()
            for kind in kinds { script.add(kind) }
            let visit = try script.fold()
            #expect(visit.events.count == kinds.count + 1)
            #expect(visit.nextSequence == kinds.count + 2)
            let summary = VisitSummary.make(visit: visit, loanCase: StoreFixture.cases[0], playbook: try BuiltInPlaybooks.agent,
                                            rules: FoldPropertyTests.rules, now: script.start.addingTimeInterval(3_600))
            #expect(!summary.markdown(language: .en).isEmpty)
            #expect(!summary.markdown(language: .zh).isEmpty)
            #expect((try? JSONSerialization.jsonObject(with: Data(summary.json().utf8))) != nil)
        }
    }

    /// An undo names an earlier event here, as the store enforces: a fold sees the whole log at
    /// once, so an undo of a later sequence (possible only in a hand-written log) takes effect
    /// there but not when applied one by one.
    @Test func applyingEventsOneByOneGivesTheSameStateAsFoldingThemAll() async {
        await propertyCheck(count: 200, input: AbsurdValues.eventKind.array(of: 1...20)) { kinds in
            var script = EventScript()
            for kind in kinds {
                if case .undone(let sequence) = kind {
                    script.add(.undone(sequence: Int(sequence.magnitude % UInt(script.events.count)) + 1))
                } else {
                    script.add(kind)
                }
            }
            var state = try VisitState.fold([script.events[0]], caseID: 3)
            for event in script.events.dropFirst() { state.apply(event) }
            #expect(state == (try script.fold()))
        }
    }

    @Test func aLastSequenceOfIntMaxGivesNoNextSequenceBeyondIt() throws {
        var script = EventScript()
        script.add(.noteAdded(noteID: "n2", text: "x"))
        script.events[1].sequence = .max
        #expect(try script.fold().nextSequence == .max)
    }
}
