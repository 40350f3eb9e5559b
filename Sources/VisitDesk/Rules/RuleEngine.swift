import Foundation

/// Evaluates the compliance rules of DESIGN §2 over a visit. The clock is the `now` argument,
/// so the same visit gives the same warnings in tests and on screen.
public struct RuleEngine: Sendable {
    public var config: RuleConfig

    public init(config: RuleConfig = .default) {
        self.config = config
    }

    /// Every rule that fires for `visit`, most serious first.
    public func evaluate(visit: VisitState, playbook: Playbook, loanCase: LoanCase, now: Date) -> [RuleWarning] {
        let warnings = [figuresOutOfRange(visit, loanCase: loanCase), outsideWorkingHours(visit, now: now)]
            + identityChecks(visit, playbook: playbook)
            + [tooFewVisitors(visit, playbook: playbook), instalmentAboveIncomeShare(visit), planWhileDisputed(visit, loanCase: loanCase)]
            + askedToLeave(visit)
        return warnings.compactMap { $0 }.enumerated()
            .sorted { ($0.element.severity, -$0.offset) > ($1.element.severity, -$1.offset) }
            .map(\.element)
    }

    private func clock(_ date: Date) -> String { TimeOfDay.clock(date, in: config.timeZone) }

    private var hours: String { "\(config.workdayStart)–\(config.workdayEnd)" }

    private func outsideWorkingHours(_ visit: VisitState, now: Date) -> RuleWarning? {
        if !visit.isEnded, !config.isWithinWorkingHours(now) {
            return RuleWarning(id: .outsideWorkingHours, severity: .warning, text: LocalizedText(
                zh: "现在是 \(clock(now))，不在允许的上门时间 \(hours) 内",
                en: "It is \(clock(now)), outside visiting hours \(hours)"))
        }
        guard let early = visit.events.first(where: { !config.isWithinWorkingHours($0.at) }) else { return nil }
        return RuleWarning(id: .outsideWorkingHours, severity: .warning, text: LocalizedText(
            zh: "\(clock(early.at)) 的记录不在允许的上门时间 \(hours) 内",
            en: "Activity at \(clock(early.at)) was outside visiting hours \(hours)"))
    }

    /// The first event that reached the debt itself: entering or ticking a stage that discusses
    /// it, or recording an outcome about paying.
    private func debtPoint(_ visit: VisitState, playbook: Playbook) -> VisitEvent? {
        let debtStages = Set(playbook.stages.filter(\.discussesDebt).map(\.id))
        let debtItems = Set(playbook.stages.filter(\.discussesDebt).flatMap(\.items).map(\.id))
        return visit.effectiveEvents.first { event in
            switch event.kind {
            case .stageEntered(let stageID): debtStages.contains(stageID)
            case .itemMarked(let itemID, .done): debtItems.contains(itemID)
            case .outcomeRecorded(let outcome):
                [.promiseToPay, .planAgreed, .paidInFull, .partialPayment, .refusedToPay, .disputed, .extensionAgreed].contains(outcome.code)
            default: false
            }
        }
    }

    private func identityChecks(_ visit: VisitState, playbook: Playbook) -> [RuleWarning?] {
        let itemsByPurpose = Dictionary(grouping: playbook.stages.flatMap(\.items).filter { $0.purpose != nil }) { $0.purpose! }
        func done(_ purpose: ItemPurpose, before sequence: Int?) -> Bool? {
            guard let items = itemsByPurpose[purpose] else { return nil }
            var marks: [String: ItemMark] = [:]
            for event in visit.effectiveEvents where sequence.map({ event.sequence < $0 }) ?? true {
                if case .itemMarked(let itemID, let mark) = event.kind { marks[itemID] = mark }
            }
            return items.contains { marks[$0.id] == .done }
        }
        if let point = debtPoint(visit, playbook: playbook) {
            let at = clock(point.at)
            var missing: [LocalizedText] = []
            if done(.staffIDShown, before: point.sequence) == false { missing.append(LocalizedText(zh: "工作证", en: "staff ID")) }
            if done(.authorisationShown, before: point.sequence) == false { missing.append(LocalizedText(zh: "授权书", en: "authorisation")) }
            return [
                missing.isEmpty ? nil : RuleWarning(id: .debtBeforeIdentification, severity: .serious, text: LocalizedText(
                    zh: "\(at) 开始谈及债务时，尚未出示\(missing.map(\.zh).joined(separator: "和"))",
                    en: "The debt was discussed at \(at) before the \(missing.map(\.en).joined(separator: " and ")) had been shown")),
                done(.rightPersonConfirmed, before: point.sequence) == false ? RuleWarning(id: .debtBeforeRightPerson, severity: .serious, text: LocalizedText(
                    zh: "\(at) 开始谈及债务时，尚未确认对方是债务人本人",
                    en: "The debt was discussed at \(at) before the right person was confirmed")) : nil,
                done(.recordingAnnounced, before: point.sequence) == false ? RuleWarning(id: .recordingNotAnnounced, severity: .warning, text: LocalizedText(
                    zh: "\(at) 开始谈话前没有告知录音",
                    en: "Recording was not announced before the conversation at \(at)")) : nil,
            ]
        }
        guard !visit.isEnded else { return [] }
        let current = visit.currentStageIndex(in: playbook)
        func pending(_ purposes: [ItemPurpose]) -> Bool {
            purposes.contains { purpose in
                (itemsByPurpose[purpose] ?? []).contains { item in
                    visit.mark(of: item.id) == .pending
                        && (playbook.stages.firstIndex { $0.items.contains(item) } ?? .max) <= current
                }
            }
        }
        return [
            pending([.staffIDShown, .authorisationShown]) ? RuleWarning(id: .identificationPending, severity: .info, text: LocalizedText(
                zh: "尚未出示工作证和授权书", en: "Staff ID and authorisation not shown yet")) : nil,
            pending([.rightPersonConfirmed]) ? RuleWarning(id: .rightPersonPending, severity: .info, text: LocalizedText(
                zh: "尚未确认对方是债务人本人", en: "Right person not confirmed yet")) : nil,
            pending([.recordingAnnounced]) ? RuleWarning(id: .recordingPending, severity: .info, text: LocalizedText(
                zh: "尚未告知录音", en: "Recording not announced yet")) : nil,
        ]
    }

    private func tooFewVisitors(_ visit: VisitState, playbook: Playbook) -> RuleWarning? {
        guard visit.role == .agent, visit.visitors.count < config.minVisitors else { return nil }
        return RuleWarning(id: .tooFewVisitors, severity: .warning, text: LocalizedText(
            zh: "上门人员只有 \(visit.visitors.count) 人，至少应为 \(config.minVisitors) 人",
            en: "\(visit.visitors.count) visitor(s) recorded; at least \(config.minVisitors) should attend"))
    }

    private func instalmentAboveIncomeShare(_ visit: VisitState) -> RuleWarning? {
        guard case .planAgreed(let plan)? = visit.outcome?.outcome else { return nil }
        return instalmentAboveIncomeShare(plan)
    }

    /// The affordability warning for `plan` — its monthly payment above `config.maxInstalmentPercent`
    /// of the stated monthly income — or nil. The outcome form shows it while the plan is typed.
    public func instalmentAboveIncomeShare(_ plan: RepaymentPlan) -> RuleWarning? {
        guard let income = plan.statedMonthlyIncome else { return nil }
        // A plan whose monthly figure does not fit is reported by `figuresOutOfRange`.
        guard let monthly = plan.largestMonthlyPayment else { return nil }
        // In 128 bits neither product can overflow, whatever the record holds.
        guard Int128(monthly.fen) * 100 > Int128(income.fen) * Int128(config.maxInstalmentPercent) else { return nil }
        return RuleWarning(id: .instalmentAboveIncomeShare, severity: .warning, text: LocalizedText(
            zh: "每月还款 \(monthly.formatted) 超过所述月收入 \(income.formatted) 的 \(config.maxInstalmentPercent)%",
            en: "Monthly payment \(monthly.formatted) is above \(config.maxInstalmentPercent)% of the stated monthly income \(income.formatted)"))
    }

    /// A plan and a dispute both in effect, in either order: a dispute recorded after the plan
    /// does not make the plan go away.
    private func planWhileDisputed(_ visit: VisitState, loanCase: LoanCase) -> RuleWarning? {
        guard visit.outcomeHistory.contains(where: { $0.outcome.code == .planAgreed }) else { return nil }
        let disputedInVisit = visit.outcomeHistory.contains { $0.outcome.code == .disputed }
        let disputedCase = loanCase.tags.contains { ["disputed", "争议", "有争议"].contains($0.lowercased()) }
        guard disputedInVisit || disputedCase else { return nil }
        if case .disputed? = visit.outcome?.outcome.code {
            return RuleWarning(id: .planWhileDisputed, severity: .serious, text: LocalizedText(
                zh: "已记录还款计划后，债务人对债务提出异议；计划应暂停，先核实争议",
                en: "The debt was disputed after a repayment plan was recorded; hold the plan and resolve the dispute first"))
        }
        return RuleWarning(id: .planWhileDisputed, severity: .serious, text: LocalizedText(
            zh: "债务人对债务有异议，却记录了还款计划；应先核实争议",
            en: "A repayment plan was recorded while the debt is disputed; resolve the dispute first"))
    }

    /// A record the desk could not have written: a figure of the case or of an outcome still in
    /// effect outside `DomainLimits`, or a plan that does not add up. Only a database edited by
    /// other means holds one; the summary still renders, with this warning on top of it.
    private func figuresOutOfRange(_ visit: VisitState, loanCase: LoanCase) -> RuleWarning? {
        guard let problem = figuresProblem(visit, loanCase: loanCase) else { return nil }
        return RuleWarning(id: .figuresOutOfRange, severity: .serious, text: LocalizedText(
            zh: "记录中的数字超出范围——\(problem.zh)。请核对这份记录。",
            en: "Figures out of range — \(problem.en). Check this record."))
    }

    private func figuresProblem(_ visit: VisitState, loanCase: LoanCase) -> LocalizedText? {
        if !DomainLimits.contains(loanCase.outstanding) {
            return LocalizedText(
                zh: "案件欠款 \(loanCase.outstanding.formatted) 不在 ¥0.00…\(DomainLimits.maximumAmount.formatted) 之内",
                en: "the case's outstanding \(loanCase.outstanding.formatted) is outside ¥0.00…\(DomainLimits.maximumAmount.formatted)")
        }
        if !(0...DomainLimits.maximumDaysOverdue).contains(loanCase.daysOverdue) {
            return LocalizedText(
                zh: "案件逾期天数 \(loanCase.daysOverdue) 不在 0…\(DomainLimits.maximumDaysOverdue) 之内",
                en: "the case's days overdue \(loanCase.daysOverdue) is outside 0…\(DomainLimits.maximumDaysOverdue)")
        }
        for recorded in visit.outcomeHistory {
            do throws(OutcomeError) {
                try recorded.outcome.validateFigures()
            } catch {
                return LocalizedText(zh: "结果“\(recorded.outcome.code.label.zh)”：\(error.message.zh)",
                                     en: "outcome “\(recorded.outcome.code.label.en)”, \(error.field.rawValue): \(error.message.en)")
            }
        }
        return nil
    }

    private func askedToLeave(_ visit: VisitState) -> [RuleWarning?] {
        let effective = visit.effectiveEvents
        guard let asked = effective.first(where: { $0.kind == .outcomeRecorded(.askedToLeave) }) else { return [] }
        let continued = effective.first { event in
            guard event.sequence > asked.sequence else { return false }
            switch event.kind {
            case .stageEntered, .itemMarked: return true
            case .outcomeRecorded(let outcome): return outcome != .askedToLeave
            default: return false
            }
        }
        return [
            continued.map { event in
                RuleWarning(id: .continuedAfterAskedToLeave, severity: .serious, text: LocalizedText(
                    zh: "\(clock(asked.at)) 被要求离开后，\(clock(event.at)) 仍在继续上门",
                    en: "The visit went on at \(clock(event.at)) after the visitors were asked to leave at \(clock(asked.at))"))
            },
            visit.isEnded ? nil : RuleWarning(id: .askedToLeaveNotEnded, severity: .info, text: visit.role == .debtor
                ? LocalizedText(
                    zh: "我已请他们离开：他们必须马上离开，拒不离开可拨打 110；结束记录时选“我请他们离开了”",
                    en: "I asked them to leave: they must go now, and if they refuse I can call 110; end the record with \"I asked them to leave\"")
                : LocalizedText(
                    zh: "已被要求离开：上门必须立即停止，马上离开；结束时选“被要求离开”，之后只能写补记",
                    en: "Asked to leave: the visit must stop now — leave, and end it with \"asked to leave\"; only addenda can follow")),
        ]
    }
}
