import Foundation
@testable import VisitDeskApp
import VisitDesk

/// Two finished visits to case 1 of `AppFixture`, as summaries with fixed times and a fixed chain
/// head: an agent visit that agreed a plan (with a skipped required item, notes, a long Chinese
/// address warnings, a photo attached after the end and its down payment paid that evening), and the debtor's own record of a visit that was rescheduled. The case
/// owed more when the visit began than it does now, so the record shows the figures at the start.
enum RecordFixture {
    /// A chain head as the store writes one: 64 hex digits.
    static let head = "3f9a1c07be52d8e4a6019b3c7d2e5f80c4a1b9e3d7f6025a8c3e1b4d9f07a6c2"

    static let loanCase: LoanCase = {
        var loan = AppFixture.cases[0]
        loan.address = "北京市朝阳区望京街道阜通东大街6号院3号楼1102室（东侧单元，电梯到11层右转）"
        loan.outstanding = Money(fen: 4_000_000)
        loan.daysOverdue = 130
        loan.status = .planAgreed
        return loan
    }()

    static let binding = CaseBinding(reference: "HB-2025-0113", outstanding: Money(fen: 6_212_070), daysOverdue: 120, status: .open)

    static var rules: RuleConfig {
        var config = RuleConfig()
        config.timeZone = AppFixture.shanghai
        return config
    }

    static func plan() -> RepaymentPlan {
        try! RepaymentPlan.make(total: Money(fen: 6_212_070), downPayment: Money(yuan: 2_000), instalmentCount: 6,
                                frequency: .monthly, firstDue: CalendarDay(year: 2026, month: 12, day: 1),
                                method: .alipayAutoDebit, statedMonthlyIncome: Money(yuan: 8_500))
    }

    /// 2026-11-20 09:00 in Shanghai, an hour and a half before `AppFixture.now`.
    static let start = AppFixture.now.addingTimeInterval(-5_400)

    static func events(_ kinds: [VisitEventKind]) -> [VisitEvent] {
        kinds.enumerated().map { index, kind in
            VisitEvent(visitID: 42, sequence: index + 1, at: start.addingTimeInterval(Double(index) * 150), kind: kind,
                       hash: index == kinds.count - 1 ? head : String(repeating: "0", count: 63) + String(index % 10))
        }
    }

    /// The photo of the door the agent attached once back at the office.
    static let attachment = Attachment(name: "门牌.jpg", size: 48_213, type: "image/jpeg",
                                       sha256: "9c1e4b7a2d3f5e60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8", caption: "门牌和单元号")

    /// The plan's obligations as the store makes them: the down payment (due the day it was
    /// agreed) paid in full that day, the instalments not yet due.
    static func obligations() -> [Obligation] {
        let agreedOn = CalendarDay(AppFixture.now, in: AppFixture.shanghai)
        return Outcome.planAgreed(plan()).obligationTerms(agreedOn: agreedOn).map { term in
            Obligation(id: "V42-\(term.number)", caseID: 1, visitID: 42, number: term.number, agreedOn: agreedOn, due: term.due,
                       amount: term.amount, paid: term.number == 0 ? term.amount : .zero, graceEnds: term.due.adding(days: 3),
                       settled: term.number == 0 ? .kept : .pending, markReason: nil)
        }
    }

    static func agentSummary() -> VisitSummary {
        var kinds: [VisitEventKind] = [
            .started(role: .agent, playbookID: "agent", visitors: [Visitor(name: "王强", badge: "A1023"), Visitor(name: "刘洋", badge: "A1077")],
                     location: "债务人家中客厅", binding: binding),
            .stageEntered(stageID: "arrival"),
            .itemMarked(itemID: "arrival.staff-id", mark: .done),
            .itemMarked(itemID: "arrival.authorisation", mark: .skipped(reason: "授权书忘在车上，口头说明了委托方")),
            .itemMarked(itemID: "arrival.purpose", mark: .done),
            .itemMarked(itemID: "arrival.consent-to-enter", mark: .notApplicable),
            .stageEntered(stageID: "conversation"),
            .noteAdded(noteID: "n8", text: "债务人称本月工资延迟发放，愿意先还一部分。\nSays the salary is late this month."),
            .itemMarked(itemID: "conversation.income", mark: .done),
            .outcomeRecorded(.planAgreed(plan())),
            .noteAdded(noteID: "n11", text: "首付今晚通过支付宝还清，其余分 6 期每月 1 日自动扣款。"),
        ]
        kinds.append(.ended(reason: .completed))
        kinds.append(.evidenceAttached(attachment))
        let visit = try! VisitState.fold(events(kinds), caseID: 1)
        return VisitSummary.make(visit: visit, loanCase: loanCase, playbook: try! BuiltInPlaybooks.agent, rules: rules,
                                 obligations: obligations(), now: AppFixture.now)
    }

    static func debtorSummary() -> VisitSummary {
        let kinds: [VisitEventKind] = [
            .started(role: .debtor, playbookID: "debtor", visitors: [Visitor(name: "陈某", badge: "工号0931"), Visitor(name: "周某", badge: "")],
                     location: "家门口", binding: binding),
            .stageEntered(stageID: "visitors"),
            .itemMarked(itemID: "visitors.staff-id", mark: .done),
            .itemMarked(itemID: "visitors.authorisation", mark: .skipped(reason: "对方说下次带来")),
            .noteAdded(noteID: "n5", text: "两人自称受花呗委托，只有一人出示了工作证。"),
            .outcomeRecorded(.rescheduled(date: CalendarDay(year: 2026, month: 11, day: 27), note: "带齐工资流水后再谈分期")),
            .ended(reason: .completed),
        ]
        let visit = try! VisitState.fold(events(kinds), caseID: 1)
        return VisitSummary.make(visit: visit, loanCase: loanCase, playbook: try! BuiltInPlaybooks.debtor, rules: rules, now: AppFixture.now)
    }
}
