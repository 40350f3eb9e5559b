import Foundation
import Testing
@testable import VisitDesk

@Suite("Demo data")
struct DemoDataTests {
    @Test func fortyCasesWithUniqueReferences() {
        #expect(DemoData.cases.count == 40)
        #expect(Set(DemoData.cases.map(\.reference)).count == 40)
    }

    @Test func valuesAreFixedNotRandom() {
        let first = DemoData.cases[0]
        #expect(first.reference == "HB-2025-0113")
        #expect(first.debtorName == "张伟")
        #expect(first.idNumber == "110105198803121017")
        #expect(first.outstanding == Money(fen: 6_212_070))
        #expect(Timestamp.iso8601(DemoData.visits[0].startedAt) == "2026-10-14T02:00:00.000Z")
        #expect(Timestamp.iso8601(DemoData.visits[0].events.last!.at) == "2026-10-14T02:40:00.000Z")
    }

    @Test func amountsDaysAndProductsSpanRealisticRanges() {
        let cases = DemoData.cases
        #expect(cases.allSatisfy { (5...400).contains($0.daysOverdue) })
        #expect(cases.allSatisfy { $0.outstanding >= Money(yuan: 300) && $0.outstanding < Money(yuan: 100_000) })
        #expect(cases.contains { $0.outstanding < Money(yuan: 1_000) })
        #expect(cases.contains { $0.outstanding > Money(yuan: 50_000) })
        #expect(cases.contains { $0.daysOverdue <= 10 } && cases.contains { $0.daysOverdue >= 365 })
        let products = Set(cases.map(\.product))
        #expect(products.isSuperset(of: ["花呗", "借呗"]) && products.count >= 4)
        #expect(cases.filter { !$0.tags.isEmpty }.count >= 20)
        #expect(Set(cases.map(\.status)).count >= 4)
    }

    @Test func personalDataIsWellFormedButFake() {
        for loan in DemoData.cases {
            #expect(loan.phone.count == 11 && loan.phone.allSatisfy(\.isNumber), "\(loan.phone)")
            #expect(["13800138", "13900139", "18600186", "15000150"].contains(String(loan.phone.prefix(8))), "\(loan.phone)")
            #expect(ChineseIDNumber.problem(with: loan.idNumber) == nil, "\(loan.idNumber)")
            #expect(loan.debtorName.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) })
            #expect(loan.address.contains("市") && loan.address.count > 15)
        }
    }

    @Test func elevenVisitsOfBothRolesWithVariedOutcomes() {
        let visits = DemoData.visits
        #expect(visits.count == 11)
        #expect(Set(visits.map(\.role)) == [.agent, .debtor])
        let outcomes = visits.flatMap(\.events).compactMap { event -> OutcomeCode? in
            if case .outcomeRecorded(let outcome) = event.kind { return outcome.code }
            return nil
        }
        #expect(outcomes.count == 11)
        #expect(Set(outcomes).isSuperset(of: [.promiseToPay, .planAgreed, .refusedToPay, .disputed, .noContact, .askedToLeave]))
        let ends = visits.compactMap { visit -> EndReason? in
            if case .ended(let reason)? = visit.events.last?.kind { return reason }
            return nil
        }
        #expect(ends.count == 11)
        #expect(Set(ends) == [.completed, .noContact, .askedToLeave])
    }

    @Test func everyVisitBelongsToADemoCaseAndNamesOnlyItemsOfItsPlaybook() throws {
        let references = Set(DemoData.cases.map(\.reference))
        for visit in DemoData.visits {
            #expect(references.contains(visit.caseReference))
            let playbook = try #require(BuiltInPlaybooks.playbook(id: visit.playbookID))
            #expect(playbook.role == visit.role)
            #expect(!visit.visitors.isEmpty)
            for event in visit.events {
                switch event.kind {
                case .stageEntered(let stageID):
                    #expect(playbook.stages.contains { $0.id == stageID }, "\(stageID) not in \(playbook.id)")
                case .itemMarked(let itemID, _):
                    #expect(playbook.item(itemID) != nil, "\(itemID) not in \(playbook.id)")
                default:
                    break
                }
            }
        }
    }

    @Test func scriptsRunForwardInOctoberAndNovember2026() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        for visit in DemoData.visits {
            let times = visit.events.map(\.at)
            #expect(visit.startedAt <= times[0])
            #expect(zip(times, times.dropFirst()).allSatisfy { $0 < $1 }, "\(visit.caseReference)")
            for time in [visit.startedAt] + times {
                let parts = calendar.dateComponents([.year, .month, .hour], from: time)
                #expect(parts.year == 2026 && [10, 11].contains(parts.month))
                #expect((8..<21).contains(parts.hour!), "\(visit.caseReference) at \(time)")
            }
            if case .stageEntered? = visit.events.first?.kind {} else {
                Issue.record("\(visit.caseReference) does not begin by entering a stage")
            }
        }
    }

    @Test func visitsCarryChineseNotesSkipReasonsAndAnAmendment() {
        let kinds = DemoData.visits.flatMap(\.events).map(\.kind)
        var notes: [String] = []
        var skipReasons: [String] = []
        var amended = false
        for kind in kinds {
            switch kind {
            case .noteAdded(_, let text): notes.append(text)
            case .noteAmended: amended = true
            case .itemMarked(_, .skipped(let reason)): skipReasons.append(reason)
            default: break
            }
        }
        #expect(notes.count >= 12)
        #expect(notes.contains { $0.unicodeScalars.contains { ("A"..."z").contains($0) } })
        #expect(skipReasons.count >= 5 && skipReasons.allSatisfy { !$0.isEmpty })
        #expect(amended)
    }

    @Test func noteIDsAreUniqueWithinAVisitAndAmendmentsReferToAnEarlierNote() {
        for visit in DemoData.visits {
            var ids: [String] = []
            for event in visit.events {
                switch event.kind {
                case .noteAdded(let id, _): ids.append(id)
                case .noteAmended(let id, _): #expect(ids.contains(id))
                default: break
                }
            }
            #expect(Set(ids).count == ids.count)
        }
    }

    @Test func thePlanSchedulesSumToTheirTotals() throws {
        let plans = DemoData.visits.flatMap(\.events).compactMap { event -> RepaymentPlan? in
            if case .outcomeRecorded(.planAgreed(let plan)) = event.kind { return plan }
            return nil
        }
        #expect(plans.map(\.schedule.count) == [24, 10])
        for plan in plans { #expect(Money.sum([plan.downPayment] + plan.schedule.map(\.amount)) == plan.total) }
    }

    @Test func caseWorkBelongsToDemoCasesAndEachCaseRunsForwardInTime() {
        let references = Set(DemoData.cases.map(\.reference))
        #expect(DemoData.caseWork.allSatisfy { references.contains($0.caseReference) })
        for reference in Set(DemoData.caseWork.map(\.caseReference)) {
            let times = DemoData.caseWork.filter { $0.caseReference == reference }.map(\.at)
            #expect(zip(times, times.dropFirst()).allSatisfy { $0 <= $1 }, "\(reference)")
        }
        let kinds = Set(DemoData.caseWork.map(\.kind.name))
        #expect(kinds == ["contactAttempted", "appointmentSet", "paymentPosted", "nextActionSet"])
        // Notices go out three days or more before each agent visit that follows one.
        for visit in DemoData.visits where visit.role == .agent {
            let notices = DemoData.caseWork.filter { work in
                guard work.caseReference == visit.caseReference, case .contactAttempted(let attempt) = work.kind else { return false }
                return attempt.isNotice && attempt.at <= visit.startedAt.addingTimeInterval(-3 * 86_400)
            }
            #expect(!notices.isEmpty, "\(visit.caseReference) has no notice before its visit")
        }
    }

    @Test func theStoryMovesWithTheDayItIsToldOn() {
        let later = DemoData.storyDay.adding(days: 400)
        let moved = DemoData.visits(forDay: later)
        #expect(zip(DemoData.visits, moved).allSatisfy { $1.startedAt.timeIntervalSince($0.startedAt) == 400 * 86_400 })
        let promises = moved.flatMap(\.events).compactMap { event -> CalendarDay? in
            if case .outcomeRecorded(.promiseToPay(let date, _, _)) = event.kind { return date }
            return nil
        }
        #expect(promises.contains(later) && promises.contains(later.adding(days: 3)))
        #expect(DemoData.caseWork(forDay: later).count == DemoData.caseWork.count)
    }
}

@Suite("Demo data in the store")
struct DemoDataStoreTests {
    /// Whatever day the demo is made on, its worklist that day is full and its records verify.
    @Test func aDemoMadeOnAnyDayShowsTheWholeLoopThatDay() throws {
        let today = CalendarDay(year: 2031, month: 5, day: 10)
        let fixture = try StoreFixture()
        #expect(try fixture.store.insertDemoData(today: today))
        #expect(try fixture.store.chainReport().isIntact)
        let worklist = try fixture.store.worklist(on: today)
        #expect(worklist.appointments.map(\.appointment.time) == ["14:30", "19:00"])
        #expect(worklist.obligations.map(\.state) == [.pending, .broken, .partlyKept])
        #expect(worklist.obligations.map(\.reason) == [.due, .lapsed, .lapsed])
        #expect(worklist.nextActions.count >= 5 && worklist.nextActions.allSatisfy { $0.day <= today })
        let upcoming = try (1...7).flatMap { try fixture.store.worklist(on: today.adding(days: $0)).appointments }
        #expect(upcoming.count == 3)
        let all = try DemoData.cases.compactMap { try fixture.store.loanCase(reference: $0.reference) }
            .flatMap { try fixture.store.obligations(caseID: $0.id!) }
        let states = all.map { $0.state(on: today) }
        #expect(states.filter { $0 == .kept }.count == 2)
        #expect(all.contains { $0.due > today && $0.due <= today.adding(days: 7) }, "something falls due in the coming week")
        #expect(Set(states).isSuperset(of: [.kept, .partlyKept, .broken, .pending]))
    }

    /// Two visits carry a generated evidence file each, kept in the evidence folder.
    @Test func twoDemoVisitsHaveEvidenceFilesThatVerify() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.insertDemoData())
        let visits = try fixture.store.visits().map { try fixture.store.visit(id: $0.id) }
        let attached = visits.filter { !$0.attachments.isEmpty }
        #expect(attached.count == 2)
        #expect(Set(attached.flatMap(\.attachments).map(\.name)) == Set(DemoEvidence.all.map(\.name)))
        for attachment in attached.flatMap(\.attachments) {
            #expect(fixture.store.evidenceFolder.check(sha256: attachment.sha256) == .intact)
        }
        let recording = try #require(DemoEvidence.all.first { $0.name.hasSuffix(".wav") })
        #expect(recording.contents.prefix(4) == Data("RIFF".utf8) && recording.contents.count == 44 + 4_000)
        #expect(try fixture.store.chainReport().evidenceFileCount == 2)
    }

    @Test func demoVisitsImportIntoAStoreAndFoldToTheirOutcomes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try VisitStore(path: directory.appendingPathComponent("demo.sqlite").path)
        let stored = try store.insertCases(DemoData.cases)
        let caseIDs = Dictionary(uniqueKeysWithValues: stored.map { ($0.reference, $0.id!) })
        let visitIDs = try store.importVisits(DemoData.visits.map { $0.script(caseID: caseIDs[$0.caseReference]!) })
        #expect(visitIDs.count == 11)
        for (visitID, demo) in zip(visitIDs, DemoData.visits) {
            let state = try store.visit(id: visitID)
            #expect(state.isEnded)
            #expect(state.playbookID == demo.playbookID)
            #expect(state.outcome != nil)
            #expect(state.events.count == demo.events.count + 1)
        }
    }
}
