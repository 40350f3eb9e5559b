import Foundation

/// Everything a visit's summary shows, as a value: the case (masked unless revealed), who,
/// where and when, each stage with its items, the notes, the evidence files, the outcome with
/// its plan, the obligations it created as they stand on a day, the rule warnings and the audit
/// head hash. `document(language:)` orders it as a record, which `markdown(language:)` and the
/// app's fixed-width text and PDF lay out; `json()` carries the same sections.
public struct VisitSummary: Hashable, Sendable {
    /// The case as the summary shows it; `phone` and `idNumber` are masked unless revealed.
    public struct CaseDetails: Hashable, Sendable {
        public var reference: String
        public var debtorName: String
        public var phone: String
        public var idNumber: String
        public var address: String
        public var product: String
        public var outstanding: Money
        public var daysOverdue: Int
        public var status: CaseStatus
    }

    /// A checklist item and what became of it.
    public struct ItemDetails: Hashable, Sendable {
        public var id: String
        public var text: LocalizedText
        public var required: Bool
        public var mark: ItemMark
        /// When the current mark was set; nil for an item never marked.
        public var markedAt: Date?
        /// The figures of the plan or promise that marked the item; nil when marked by hand.
        public var figures: LocalizedText? = nil
    }

    /// A stage of the playbook, when it was entered (possibly more than once) and its items.
    public struct StageDetails: Hashable, Sendable {
        public var id: String
        public var title: LocalizedText
        public var enteredAt: [Date]
        public var items: [ItemDetails]
        /// How far the visit got with the stage's required items.
        public var progress: StageProgress
    }

    /// A required item left pending or skipped, and the stage it belongs to.
    public struct NotDoneItem: Hashable, Sendable {
        public var stageTitle: LocalizedText
        public var item: ItemDetails
    }

    public var visitID: Int64
    public var loanCase: CaseDetails
    /// The debt figures the visit was started with, as its `started` event binds them under the chain.
    /// For a visit written before the binding existed, the case's figures now.
    public var startFigures: CaseBinding
    /// False when `startFigures` are the case's figures now, because the visit predates the binding.
    public var figuresAreFromStart: Bool
    public var role: Role
    public var playbookID: String
    public var playbookTitle: LocalizedText
    /// The visitors as they stand at the end (after any correction).
    public var visitors: [Visitor]
    /// The visitors listed when the visit started.
    public var visitorsAtStart: [Visitor]
    /// Each correction of the visitors during the visit, oldest first.
    public var visitorChanges: [VisitorsChange]
    /// What the debtor said of the arrears and how they took the visit, when recorded.
    public var statement: DebtorStatement?
    public var location: String
    public var startedAt: Date
    public var endedAt: Date?
    public var endReason: EndReason?
    /// How long the visit took, or has taken so far when it is still open.
    public var duration: TimeInterval
    public var stages: [StageDetails]
    public var notes: [VisitNote]
    /// The evidence files attached to the visit (during it or after), in the order attached.
    public var evidence: [AttachedEvidence] = []
    public var outcome: RecordedOutcome?
    /// What the outcome obliges the debtor to pay (a promise's payment, a plan's down payment and
    /// instalments), in their numbering, with what was paid towards each as the store has it.
    public var obligations: [Obligation] = []
    /// The day the obligations' states are judged on (`state(on:)`): the day the summary is made.
    public var obligationsDay: CalendarDay
    public var warnings: [RuleWarning]
    public var eventCount: Int
    public var headHash: String
    /// The zone times are shown in.
    public var timeZone: TimeZone
    /// When this summary was made.
    public var generatedAt: Date
    /// Who recorded each stamped event, by sequence (`VisitStore.eventAuthors`); empty for a
    /// visit recorded before its device had an identity.
    public var authors: [Int: EventAuthor] = [:]
    /// The event that added each note, by note id: the note is named with that event's author.
    public var noteEvents: [String: Int] = [:]

    /// Required items of the playbook that were left pending or skipped, in playbook order.
    public var notDone: [NotDoneItem] {
        stages.flatMap { stage in
            stage.items.filter { item in
                guard item.required else { return false }
                switch item.mark {
                case .pending, .skipped: return true
                case .done, .notApplicable: return false
                }
            }.map { NotDoneItem(stageTitle: stage.title, item: $0) }
        }
    }

    /// The line every summary carries.
    public static let disclaimer = LocalizedText(
        zh: "本文件是上门过程的记录，仅用于存档备查，不构成法律意见。",
        en: "This is a record of the visit kept for reference. It is not legal advice.")

    /// Gathers the summary of `visit`. Phone and ID number are shown in full only for the
    /// fields in `revealing`; warnings come from the rule engine; an item the case's records
    /// answer stands as `checks` says (a satisfied check is done, see `effectiveMark`). Of
    /// `obligations`, those of this visit are listed, in their state on `day` (by default the
    /// day of `now` in `timeZone`).
    public static func make(visit: VisitState, loanCase: LoanCase, playbook: Playbook, warnings: [RuleWarning],
                            revealing: Set<PersonalField> = [], checks: RecordChecks = RecordChecks(),
                            obligations: [Obligation] = [], day: CalendarDay? = nil, timeZone: TimeZone,
                            now: Date) -> VisitSummary {
        let entries = Dictionary(grouping: visit.stageHistory, by: \.stageID)
        let progress = visit.progress(in: playbook, checks: checks)
        var binding: CaseBinding?
        var visitorsAtStart = visit.visitors
        if case .started(_, _, let listed, _, let bound)? = visit.events.first?.kind { (binding, visitorsAtStart) = (bound, listed) }
        return VisitSummary(
            visitID: visit.id,
            loanCase: CaseDetails(
                reference: loanCase.reference, debtorName: loanCase.debtorName, phone: loanCase.phone(revealing: revealing),
                idNumber: loanCase.idNumber(revealing: revealing), address: loanCase.address, product: loanCase.product,
                outstanding: loanCase.outstanding, daysOverdue: loanCase.daysOverdue, status: loanCase.status),
            startFigures: binding ?? CaseBinding(reference: loanCase.reference, outstanding: loanCase.outstanding,
                                                 daysOverdue: loanCase.daysOverdue, status: loanCase.status),
            figuresAreFromStart: binding != nil,
            role: visit.role, playbookID: visit.playbookID, playbookTitle: playbook.title, visitors: visit.visitors,
            visitorsAtStart: visitorsAtStart, visitorChanges: visit.visitorChanges, statement: visit.statement, location: visit.location, startedAt: visit.startedAt, endedAt: visit.endedAt, endReason: visit.endReason,
            duration: visit.duration(now: now),
            stages: zip(playbook.stages, progress).map { stage, progress in
                StageDetails(id: stage.id, title: stage.title, enteredAt: (entries[stage.id] ?? []).map(\.at), items: stage.items.map { item in
                    ItemDetails(id: item.id, text: item.text, required: item.required, mark: visit.effectiveMark(of: item.id, checks: checks), markedAt: visit.marks[item.id]?.at,
                                figures: visit.marks[item.id]?.figures)
                }, progress: progress)
            },
            notes: visit.notes, evidence: visit.attachedEvidence, outcome: visit.outcome,
            obligations: obligations.filter { $0.visitID == visit.id }.sorted { $0.number < $1.number },
            obligationsDay: day ?? CalendarDay(now, in: timeZone), warnings: warnings, eventCount: visit.events.count,
            headHash: visit.headHash, timeZone: timeZone, generatedAt: now,
            noteEvents: Dictionary(visit.events.compactMap { event -> (String, Int)? in
                switch event.kind {
                case .noteAdded(let noteID, _), .addendumAdded(let noteID, _): (noteID, event.sequence)
                default: nil
                }
            }, uniquingKeysWith: { first, _ in first }))
    }

    /// Who recorded the events, in runs of consecutive events by the same author (nil for events
    /// not stamped), in order; empty when none is stamped.
    public var authorRuns: [(author: EventAuthor?, first: Int, last: Int)] {
        guard !authors.isEmpty, eventCount > 0 else { return [] }
        var runs: [(author: EventAuthor?, first: Int, last: Int)] = []
        for sequence in 1...eventCount {
            let author = authors[sequence]
            if let last = runs.last, last.author == author {
                runs[runs.count - 1].last = sequence
            } else {
                runs.append((author, sequence, sequence))
            }
        }
        return runs
    }

    /// Gathers the summary with the warnings of the rules in `rules`, times in its time zone;
    /// obligations as above, `day` by default today in that zone.
    public static func make(visit: VisitState, loanCase: LoanCase, playbook: Playbook, rules: RuleConfig,
                            revealing: Set<PersonalField> = [], records: CaseRecords = CaseRecords(),
                            obligations: [Obligation] = [], day: CalendarDay? = nil, now: Date) -> VisitSummary {
        let warnings = RuleEngine(config: rules).evaluate(visit: visit, playbook: playbook, loanCase: loanCase, now: now)
        let checks = RecordChecks(playbook: playbook, visit: visit, records: records, timeZone: rules.timeZone)
        return make(visit: visit, loanCase: loanCase, playbook: playbook, warnings: warnings, revealing: revealing,
                    checks: checks, obligations: obligations, day: day, timeZone: rules.timeZone, now: now)
    }

    /// `2026-01-01 10:05` in the summary's time zone.
    public func dateTime(_ date: Date) -> String {
        "\(CalendarDay(date, in: timeZone)) \(TimeOfDay.clock(date, in: timeZone))"
    }

    /// `10:05`, or the full date and time when `date` is not the day the visit started.
    public func time(_ date: Date) -> String {
        CalendarDay(date, in: timeZone) == CalendarDay(startedAt, in: timeZone) ? TimeOfDay.clock(date, in: timeZone) : dateTime(date)
    }
}
