import PropertyBased
import Testing
@testable import VisitDesk

/// Whatever the obligations, payments and marks, the payment rule never credits more than was
/// paid, nor more to an obligation than it asks, nor anything to one marked by hand.
@Suite struct PaymentRulePropertyTests {
    static let start = CalendarDay(year: 2026, month: 1, day: 1).dayNumber
    static var day: Generator<CalendarDay, some SendableSequenceType> {
        Gen.int(in: start...(start + 120)).map { CalendarDay(dayNumber: $0) }
    }

    static var term: Generator<PaymentRule.Term, some SendableSequenceType> {
        zip(day, Gen.int(in: 0...60), Gen.int64(in: 1...DomainLimits.maximumAmount.fen)).map { agreed, wait, fen in
            PaymentRule.Term(id: "", visitID: 1, number: 0, agreedOn: agreed, due: agreed.adding(days: wait), amount: Money(fen: fen))
        }
    }

    static var payment: Generator<Payment, some SendableSequenceType> {
        zip(day, Gen.int64(in: 1...DomainLimits.maximumAmount.fen)).map { day, fen in Payment(day: day, amount: Money(fen: fen), source: "p.csv:2") }
    }

    @Test func creditNeverExceedsWhatWasPaidNorWhatIsOwed() async {
        await propertyCheck(count: 500, input: Self.term.array(of: 0...6), Self.payment.array(of: 0...8), Gen.int(in: 0...60),
                            Gen.bool.array(of: 6)) { terms, payments, grace, marked in
            let numbered = terms.enumerated().map { offset, term in
                var term = term
                term.id = "V1-\(offset)"
                term.number = offset
                return term
            }
            let marks = Dictionary(uniqueKeysWithValues: numbered.indices.filter { marked[$0] }.map {
                ("V1-\($0)", ObligationHandMark(state: .broken, reason: "手动"))
            })
            let settled = PaymentRule(graceDays: grace).settle(numbered, caseID: 1, payments: payments, marks: marks)
            #expect(settled.count == numbered.count)
            let credited = settled.reduce(Int64(0)) { $0 + $1.paid.fen }
            #expect(credited <= payments.reduce(Int64(0)) { $0 + $1.amount.fen })
            for obligation in settled {
                #expect(obligation.paid >= .zero && obligation.paid <= obligation.amount)
                if marks[obligation.id] != nil {
                    #expect(obligation.paid == .zero && obligation.settled == .broken)
                } else {
                    #expect((obligation.settled == .kept) == (obligation.paid == obligation.amount))
                }
            }
        }
    }
}
