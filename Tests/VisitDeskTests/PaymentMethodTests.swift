import Foundation
import Testing
@testable import VisitDesk

/// Payment methods: only the lender's channels are offered, "other" carries its words, and
/// every record made before keeps decoding to the same bytes.
@Suite struct PaymentMethodTests {
    func json(_ method: PaymentMethod) throws -> String {
        String(decoding: try JSONEncoder().encode([method]), as: UTF8.self)
    }

    @Test func cashIsNotOffered() {
        #expect(PaymentMethod.offered == [.alipayAutoDebit, .bankTransfer, .other(description: "")])
        #expect(PaymentMethod.offered.map(\.label.en) == ["Alipay repayment", "Bank transfer to lender", "Other"])
    }

    @Test func namedMethodsAndPlainOtherKeepTheirOldEncoding() throws {
        #expect(try json(.alipayAutoDebit) == #"["alipayAutoDebit"]"#)
        #expect(try json(.cashWithReceipt) == #"["cashWithReceipt"]"#)
        #expect(try json(.other(description: "")) == #"["other"]"#)
        for old in ["alipayAutoDebit", "bankTransfer", "cashWithReceipt", "other"] {
            let decoded = try JSONDecoder().decode([PaymentMethod].self, from: Data("[\"\(old)\"]".utf8))
            #expect(decoded.first?.code == old)
        }
        #expect(PaymentMethod.cashWithReceipt.label.en == "Cash with receipt", "an old record still shows its cash method")
    }

    @Test func otherWithADescriptionRoundTrips() throws {
        let method = PaymentMethod.other(description: "微信转账至对公账户")
        #expect(try json(method) == #"[{"other":"微信转账至对公账户"}]"#)
        #expect(try JSONDecoder().decode([PaymentMethod].self, from: Data(try json(method).utf8)) == [method])
        #expect(method.label.zh == "其他：微信转账至对公账户")
    }

    @Test func anUnknownCodeIsRefusedNotGuessed() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PaymentMethod].self, from: Data(#"["bitcoin"]"#.utf8)) }
    }

    @Test func otherWithoutWordsIsRefusedWhenEntered() {
        let today = CalendarDay(year: 2026, month: 1, day: 1)
        #expect { try Outcome.paidInFull(amount: Money(yuan: 1), method: .other(description: " ")).validate(today: today) }
            throws: { ($0 as? OutcomeError)?.field == .methodDescription }
        #expect(throws: Never.self) { try Outcome.paidInFull(amount: Money(yuan: 1), method: .other(description: "对公账户")).validate(today: today) }
    }

    @Test func anOldDatabaseWithCashAndDescribedOtherFoldsAndVerifies() throws {
        let fixture = try StoreFixture()
        let caseID = try fixture.insertCases()[0].id!
        let visit = try fixture.startVisit(caseID: caseID)
        let day = CalendarDay(year: 2026, month: 2, day: 1)
        try fixture.store.append(.outcomeRecorded(.paidInFull(amount: Money(yuan: 600), method: .cashWithReceipt)), to: visit.id, at: StoreFixture.start)
        try fixture.store.append(.outcomeRecorded(.promiseToPay(date: day, amount: Money(yuan: 5), method: .other(description: "对公账户"))),
                                 to: visit.id, at: StoreFixture.start)
        let folded = try fixture.store.visit(id: visit.id)
        #expect(folded.outcomeHistory.map(\.outcome.method) == [.cashWithReceipt, .other(description: "对公账户")])
        #expect(try fixture.store.verify().isEmpty)
    }
}
