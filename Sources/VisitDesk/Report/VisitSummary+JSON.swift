import Foundation

extension VisitSummary {
    /// The summary as one JSON object with the record's sections in the record's order
    /// (`case`, `visit`, `outcome`, `obligations`, `warnings`, `notDone`, `stages`, `notes`,
    /// `evidence`, `footer`, `signatures`, as `document(language:)` has them); keys in that order,
    /// not sorted. `obligations` is always there (empty when the visit agreed no payment) and
    /// lists every obligation, where the record shortens a long plan.
    /// Amounts are decimal strings, times ISO 8601 (UTC); unsafe characters are escaped as
    /// `\uXXXX`, so the text is safe to show and reads back the same.
    public func json() -> String {
        let object = OrderedJSON.object([("visitID", .int(Int(visitID))), ("role", .string(role.rawValue))]
            + VisitSummary.jsonSectionIDs.map { ($0, jsonSection($0)) })
        return SafeText.escapingUnsafeScalars(inJSON: object.text)
    }

    /// The sections of the JSON form, in order; the same as the record document's section ids
    /// (which leaves `obligations` out when there are none).
    static let jsonSectionIDs = ["case", "visit", "outcome", "obligations", "warnings", "notDone", "stages", "notes", "evidence", "footer", "signatures"]

    /// `{"operator": …, "device": …}` of a stamped event; null otherwise.
    private func author(ofEvent sequence: Int?) -> OrderedJSON {
        guard let author = sequence.flatMap({ authors[$0] }) else { return .null }
        return .object([("operator", .string(author.operatorName)), ("device", .string(author.device))])
    }

    private func jsonSection(_ id: String) -> OrderedJSON {
        let iso = Timestamp.iso8601
        switch id {
        case "case":
            let c = loanCase
            return .object([
                ("reference", .string(c.reference)), ("debtorName", .string(c.debtorName)), ("phone", .string(c.phone)),
                ("idNumber", .string(c.idNumber)), ("address", .string(c.address)), ("product", .string(c.product)),
                ("atStartOfVisit", .bool(figuresAreFromStart)),
                ("outstanding", .string(startFigures.outstanding.decimalString)), ("daysOverdue", .int(startFigures.daysOverdue)),
                ("status", .string(startFigures.status.rawValue)),
                ("now", .object([("outstanding", .string(c.outstanding.decimalString)), ("daysOverdue", .int(c.daysOverdue)),
                                 ("status", .string(c.status.rawValue))])),
            ])
        case "visit":
            return .object([
                ("date", .string(CalendarDay(startedAt, in: timeZone).description)), ("startedAt", .string(iso(startedAt))),
                ("endedAt", .optional(endedAt.map(iso))), ("durationSeconds", .int(Int(duration.rounded()))),
                ("timeZone", .string(timeZone.identifier)), ("location", .string(location)),
                ("visitors", Self.json(visitors: visitors)),
                ("visitorsAtStart", Self.json(visitors: visitorsAtStart)),
                ("visitorChanges", .array(visitorChanges.map {
                    .object([("at", .string(iso($0.at))), ("visitors", Self.json(visitors: $0.visitors))])
                })),
                ("statement", statement.map { statement in
                    .object([("reason", .string(statement.reason.rawValue)), ("detail", .string(statement.detail)),
                             ("attitude", .string(statement.attitude.rawValue))])
                } ?? .null),
                ("endReason", .optional(endReason?.rawValue)),
                ("playbookID", .string(playbookID)), ("playbookTitle", .localized(playbookTitle)),
                ("recordedBy", .array(authorRuns.map { run in
                    .object([("firstEvent", .int(run.first)), ("lastEvent", .int(run.last)),
                             ("operator", .optional(run.author?.operatorName)), ("device", .optional(run.author?.device))])
                })),
            ])
        case "outcome":
            return outcome.map(Self.json(outcome:)) ?? .null
        case "obligations":
            return .array(obligations.map { obligation in
                .object([
                    ("id", .string(obligation.id)), ("number", .int(obligation.number)), ("due", .string(obligation.due.description)),
                    ("amount", .string(obligation.amount.decimalString)), ("paid", .string(obligation.paid.decimalString)),
                    ("graceEnds", .string(obligation.graceEnds.description)),
                    ("state", .string(obligation.state(on: obligationsDay).rawValue)), ("stateOn", .string(obligationsDay.description)),
                    ("markReason", .optional(obligation.markReason)),
                ])
            })
        case "warnings":
            return .array(warnings.map {
                .object([("id", .string($0.id.rawValue)), ("severity", .string("\($0.severity)")), ("text", .localized($0.text))])
            })
        case "notDone":
            return .array(notDone.map { entry in
                .object([("stage", .localized(entry.stageTitle))] + Self.json(item: entry.item))
            })
        case "stages":
            return .array(stages.map { stage in
                .object([
                    ("id", .string(stage.id)), ("title", .localized(stage.title)),
                    ("enteredAt", .array(stage.enteredAt.map { .string(iso($0)) })),
                    ("requiredCount", .int(stage.progress.requiredCount)),
                    ("requiredSettled", .int(stage.progress.resolvedCount)),
                    ("leftOpen", .bool(stage.progress.wasLeftOpen(visitEnded: endedAt != nil))),
                    ("items", .array(stage.items.map { .object(Self.json(item: $0)) })),
                ])
            })
        case "notes":
            return .array(notes.map {
                .object([("id", .string($0.id)), ("at", .string(iso($0.at))), ("text", .string($0.text)),
                         ("amendedAt", .optional($0.amendedAt.map(iso))), ("addendum", .bool($0.isAddendum)),
                         ("recordedBy", author(ofEvent: noteEvents[$0.id]))])
            })
        case "evidence":
            return .array(evidence.map { attached in
                let attachment = attached.attachment
                return .object([
                    ("name", .string(attachment.name)), ("size", .int(Int(clamping: attachment.size))), ("type", .string(attachment.type)),
                    ("sha256", .string(attachment.sha256)), ("caption", .string(attachment.caption)), ("attachedAt", .string(iso(attached.at))),
                ])
            })
        case "footer":
            return .object([
                ("disclaimer", .localized(VisitSummary.disclaimer)), ("visitID", .int(Int(visitID))),
                ("eventCount", .int(eventCount)), ("generatedAt", .string(iso(generatedAt))),
                ("headHash", .string(headHash)), ("verifyCommand", .string(verifyCommand)), ("matchCode", .string(matchCode)),
            ])
        case "signatures":
            let debtor = OrderedJSON.object([("role", .string("debtor")), ("name", .string(loanCase.debtorName))])
            guard role == .agent else { return .array([debtor]) }
            return .array(visitors.map { .object([("role", .string("visitor")), ("name", .string($0.name)), ("badge", .string($0.badge))]) } + [debtor])
        default:
            return .null
        }
    }

    private static func json(visitors: [Visitor]) -> OrderedJSON {
        .array(visitors.map { .object([("name", .string($0.name)), ("badge", .string($0.badge))]) })
    }

    private static func json(item: ItemDetails) -> [(String, OrderedJSON)] {
        var skipReason: String?
        let mark: String
        switch item.mark {
        case .pending: mark = "pending"
        case .done: mark = "done"
        case .notApplicable: mark = "notApplicable"
        case .skipped(let reason): (mark, skipReason) = ("skipped", reason)
        }
        return [("id", .string(item.id)), ("text", .localized(item.text)), ("required", .bool(item.required)),
                ("mark", .string(mark)), ("skipReason", .optional(skipReason)),
                ("markedAt", .optional(item.mark == .pending ? nil : item.markedAt.map(Timestamp.iso8601)))]
    }

    private static func json(outcome recorded: RecordedOutcome) -> OrderedJSON {
        var fields: [(String, OrderedJSON)] = [("code", .string(recorded.outcome.code.rawValue)),
                                               ("recordedAt", .string(Timestamp.iso8601(recorded.at)))]
        switch recorded.outcome {
        case .promiseToPay(let date, let amount, let method):
            fields += [("date", .string(date.description)), ("amount", .string(amount.decimalString)), ("method", .string(method.code))]
            fields += methodDescription(method)
        case .planAgreed(let plan):
            fields.append(("plan", .object([
                ("total", .string(plan.total.decimalString)), ("downPayment", .string(plan.downPayment.decimalString)),
                ("instalmentCount", .int(plan.instalmentCount)), ("frequency", .string(plan.frequency.rawValue)),
                ("firstDue", .string(plan.firstDue.description)), ("method", .string(plan.method.code)),
            ] + methodDescription(plan.method) + [
                ("statedMonthlyIncome", .optional(plan.statedMonthlyIncome?.decimalString)),
                ("largestMonthlyPayment", .optional(plan.largestMonthlyPayment?.decimalString)),
                ("schedule", .array(plan.schedule.map {
                    .object([("number", .int($0.number)), ("due", .string($0.due.description)), ("amount", .string($0.amount.decimalString))])
                })),
            ])))
        case .paidInFull(let amount, let method), .partialPayment(let amount, let method):
            fields += [("amount", .string(amount.decimalString)), ("method", .string(method.code))]
            fields += methodDescription(method)
        case .refusedToPay(let reason), .disputed(let reason):
            fields.append(("reason", .string(reason)))
        case .hardship(let note), .wrongAddress(let note):
            fields.append(("note", .string(note)))
        case .thirdPartyOnly(let who):
            fields.append(("who", .string(who)))
        case .noContact, .askedToLeave:
            break
        case .rescheduled(let date, let note):
            fields += [("date", .string(date.description)), ("note", .string(note))]
        case .extensionAgreed(let newDueDate, let note):
            fields += [("newDueDate", .string(newDueDate.description)), ("note", .string(note))]
        }
        return .object(fields)
    }

    /// The words of an `other` payment method, as `methodDescription`; nothing for a named method.
    private static func methodDescription(_ method: PaymentMethod) -> [(String, OrderedJSON)] {
        method.otherDescription.map { [("methodDescription", .string($0))] } ?? []
    }
}
