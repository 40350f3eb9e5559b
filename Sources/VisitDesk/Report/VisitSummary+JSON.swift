import Foundation

extension VisitSummary {
    /// The summary as one JSON object: amounts as decimal strings, times in ISO 8601 (UTC);
    /// unsafe characters escaped as `\uXXXX`, so the text is safe to show and reads back the same.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every field is a string, number, bool or array of them: encoding cannot fail.
        let data = (try? encoder.encode(SummaryJSON(self))) ?? Data("{}".utf8)
        return SafeText.escapingUnsafeScalars(inJSON: String(decoding: data, as: UTF8.self))
    }
}

/// The JSON shape of a summary.
private struct SummaryJSON: Encodable {
    struct CaseJSON: Encodable {
        var reference, debtorName, phone, idNumber, address, product, outstanding, status: String
        var daysOverdue: Int
    }

    struct ItemJSON: Encodable {
        var id: String
        var text: LocalizedText
        var required: Bool
        var mark: String
        var skipReason: String?
        var markedAt: String?
    }

    struct StageJSON: Encodable {
        var id: String
        var title: LocalizedText
        var enteredAt: [String]
        var items: [ItemJSON]
    }

    struct NoteJSON: Encodable {
        var id, text, at: String
        var amendedAt: String?
    }

    struct InstalmentJSON: Encodable {
        var number: Int
        var due, amount: String
    }

    struct PlanJSON: Encodable {
        var total, downPayment, frequency, firstDue, method: String
        var instalmentCount: Int
        var statedMonthlyIncome: String?
        var schedule: [InstalmentJSON]
    }

    struct OutcomeJSON: Encodable {
        var code, recordedAt: String
        var date, amount, method, reason, note, who: String?
        var plan: PlanJSON?
    }

    struct WarningJSON: Encodable {
        var id, severity: String
        var text: LocalizedText
    }

    struct AuditJSON: Encodable {
        var eventCount: Int
        var headHash: String
    }

    var visitID: Int64
    var `case`: CaseJSON
    var role, playbookID, location, startedAt: String
    var playbookTitle: LocalizedText
    var visitors: [Visitor]
    var endedAt, endReason: String?
    var durationSeconds: Int
    var stages: [StageJSON]
    var notes: [NoteJSON]
    var outcome: OutcomeJSON?
    var warnings: [WarningJSON]
    var audit: AuditJSON
    var disclaimer: LocalizedText

    init(_ s: VisitSummary) {
        let iso = Timestamp.iso8601
        visitID = s.visitID
        `case` = CaseJSON(reference: s.loanCase.reference, debtorName: s.loanCase.debtorName, phone: s.loanCase.phone,
                          idNumber: s.loanCase.idNumber, address: s.loanCase.address, product: s.loanCase.product,
                          outstanding: s.loanCase.outstanding.decimalString, status: s.loanCase.status.rawValue,
                          daysOverdue: s.loanCase.daysOverdue)
        role = s.role.rawValue
        playbookID = s.playbookID
        playbookTitle = s.playbookTitle
        visitors = s.visitors
        location = s.location
        startedAt = iso(s.startedAt)
        endedAt = s.endedAt.map(iso)
        endReason = s.endReason?.rawValue
        durationSeconds = Int(s.duration.rounded())
        stages = s.stages.map { stage in
            StageJSON(id: stage.id, title: stage.title, enteredAt: stage.enteredAt.map(iso), items: stage.items.map { item in
                var mark = "pending"
                var skipReason: String?
                switch item.mark {
                case .pending: mark = "pending"
                case .done: mark = "done"
                case .notApplicable: mark = "notApplicable"
                case .skipped(let reason):
                    mark = "skipped"
                    skipReason = reason
                }
                return ItemJSON(id: item.id, text: item.text, required: item.required, mark: mark, skipReason: skipReason,
                                markedAt: item.mark == .pending ? nil : item.markedAt.map(iso))
            })
        }
        notes = s.notes.map { NoteJSON(id: $0.id, text: $0.text, at: iso($0.at), amendedAt: $0.amendedAt.map(iso)) }
        outcome = s.outcome.map(SummaryJSON.outcome)
        warnings = s.warnings.map { WarningJSON(id: $0.id.rawValue, severity: "\($0.severity)", text: $0.text) }
        audit = AuditJSON(eventCount: s.eventCount, headHash: s.headHash)
        disclaimer = VisitSummary.disclaimer
    }

    static func outcome(_ recorded: RecordedOutcome) -> OutcomeJSON {
        var json = OutcomeJSON(code: recorded.outcome.code.rawValue, recordedAt: Timestamp.iso8601(recorded.at))
        switch recorded.outcome {
        case .promiseToPay(let date, let amount, let method):
            (json.date, json.amount, json.method) = (date.description, amount.decimalString, method.rawValue)
        case .planAgreed(let plan):
            json.plan = PlanJSON(
                total: plan.total.decimalString, downPayment: plan.downPayment.decimalString, frequency: plan.frequency.rawValue,
                firstDue: plan.firstDue.description, method: plan.method.rawValue, instalmentCount: plan.instalmentCount,
                statedMonthlyIncome: plan.statedMonthlyIncome?.decimalString,
                schedule: plan.schedule.map { InstalmentJSON(number: $0.number, due: $0.due.description, amount: $0.amount.decimalString) })
        case .paidInFull(let amount, let method), .partialPayment(let amount, let method):
            (json.amount, json.method) = (amount.decimalString, method.rawValue)
        case .refusedToPay(let reason), .disputed(let reason):
            json.reason = reason
        case .hardship(let note), .wrongAddress(let note):
            json.note = note
        case .thirdPartyOnly(let who):
            json.who = who
        case .noContact, .askedToLeave:
            break
        case .rescheduled(let date, let note):
            (json.date, json.note) = (date.description, note)
        }
        return json
    }
}
