import PropertyBased
@testable import VisitDesk

/// Generators of the figures a record may hold: sane ones, the edges of the domain limits,
/// and the absurd ones only a database edited by other means holds (`Int64.max`, year 9999,
/// day numbers near `Int.max`).
enum AbsurdValues {
    static let edgeFen: [Int64] = [
        .min, .min + 1, -1, 0, 1, 11, 99, 100, DomainLimits.maximumAmount.fen, DomainLimits.maximumAmount.fen + 1,
        9_000_000_000_000_000, 900_000_000_000_000_000, .max / 100, .max / 52, .max / 26, .max / 12, .max - 11, .max - 1, .max,
    ]

    static let edgeInt: [Int] = [
        .min, .min + 1, -1, 0, 1, 12, 13, 28, 31, 32, 600, 601, 9_999, 10_000, 36_500, 1_000_000_000, .max - 1, .max,
    ]

    /// Any amount: within the limit, at an edge, or any `Int64` at all.
    static var money: Generator<Money, some SendableSequenceType> {
        zip(Gen.int(in: 0...2), Gen.int64(in: 0...DomainLimits.maximumAmount.fen), Gen<Int64?>.element(of: edgeFen), Gen.int64())
            .map { pick, sane, edge, any in Money(fen: [sane, edge ?? 0, any][pick]) }
    }

    /// Any whole number: small, at an edge, or any `Int` at all.
    static var int: Generator<Int, some SendableSequenceType> {
        zip(Gen.int(in: 0...2), Gen.int(in: 0...1_000), Gen<Int?>.element(of: edgeInt), Gen.int())
            .map { pick, small, edge, any in [small, edge ?? 0, any][pick] }
    }

    /// A real day between 2000-01-01 and 2100-12-31.
    static var saneDay: Generator<CalendarDay, some SendableSequenceType> {
        Gen.int(in: DomainLimits.earliestDay.dayNumber...DomainLimits.latestDay.dayNumber).map { CalendarDay(dayNumber: $0) }
    }

    /// Any day: a real one in range, or any year, month and day numbers at all.
    static var day: Generator<CalendarDay, some SendableSequenceType> {
        zip(Gen.bool, saneDay, int, int, int).map { sane, day, year, month, dayOfMonth in
            sane ? day : CalendarDay(year: year, month: month, day: dayOfMonth)
        }
    }

    /// Any plan as a record may hold it: figures, count and schedule need not agree.
    static var plan: Generator<RepaymentPlan, some SendableSequenceType> {
        zip(money, money, int, Gen<PlanFrequency>.case, day, money.optional, zip(money, day).array(of: 0...6))
            .map { total, down, count, frequency, firstDue, income, instalments in
                RepaymentPlan(total: total, downPayment: down, instalmentCount: count, frequency: frequency, firstDue: firstDue,
                              method: .other(description: ""), statedMonthlyIncome: income,
                              schedule: instalments.enumerated().map { Instalment(number: $0.offset + 1, due: $0.element.1, amount: $0.element.0) })
            }
    }

    /// Any outcome, its figures drawn from the generators above.
    static var outcome: Generator<Outcome, some SendableSequenceType> {
        zip(Gen<OutcomeCode>.case, money, day, plan).map { code, amount, day, plan in
            switch code {
            case .promiseToPay: .promiseToPay(date: day, amount: amount, method: .bankTransfer)
            case .planAgreed: .planAgreed(plan)
            case .paidInFull: .paidInFull(amount: amount, method: .cashWithReceipt)
            case .partialPayment: .partialPayment(amount: amount, method: .other(description: ""))
            case .refusedToPay: .refusedToPay(reason: "")
            case .disputed: .disputed(reason: "不认可")
            case .hardship: .hardship(note: "")
            case .noContact: .noContact
            case .wrongAddress: .wrongAddress(note: "")
            case .thirdPartyOnly: .thirdPartyOnly(who: "邻居")
            case .askedToLeave: .askedToLeave
            case .rescheduled: .rescheduled(date: day, note: "")
            case .extensionAgreed: .extensionAgreed(newDueDate: day, note: "")
            }
        }
    }

    /// Any event after `started`, sequences to undo included (valid or not).
    static var eventKind: Generator<VisitEventKind, some SendableSequenceType> {
        zip(Gen.int(in: 0...12), outcome, int, Gen<EndReason>.case, Gen<String?>.element(of: ["arrival", "conversation", "no-such-stage"]))
            .map { pick, outcome, number, reason, id in
                switch pick {
                case 0: .stageEntered(stageID: id ?? "arrival")
                case 1: .itemMarked(itemID: "arrival.staff-id", mark: .done)
                case 2: .noteAdded(noteID: "n\(number)", text: "记录 \(number)")
                case 3: .noteAmended(noteID: "n\(number)", text: "改 \(number)")
                case 4, 5: .outcomeRecorded(outcome)
                case 6: .personalDataRevealed(fields: [.phone])
                case 7: .personalDataHidden
                case 8: .ended(reason: reason)
                case 9: .visitorsChanged(visitors: [Visitor(name: "访客 \(number)")])
                case 10: .addendumAdded(noteID: "a\(number)", text: "补记 \(number)")
                case 11: .statementRecorded(DebtorStatement(reason: .other, detail: "\(number)", attitude: .hesitant))
                default: .undone(sequence: number)
                }
            }
    }
}
