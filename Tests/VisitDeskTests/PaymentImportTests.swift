import Foundation
import Testing
@testable import VisitDesk

/// `visitdesk payments import` on a real store: all or nothing, every problem where it is in the
/// file, every spreadsheet encoding, never twice, and the obligations and case status follow.
@Suite struct PaymentImportTests {
    static let header = "ref,date,amount\n"

    @Test func aFullPaymentKeepsThePromiseAndTheCase() throws {
        let payments = try PaymentFixture()
        let visit = try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        #expect(try payments.status(0) == .promised)
        let posted = try #require(try payments.posted(Self.header + "HB-2025-0113,2026-03-02,500.00\n"))
        #expect(posted == PostedPayments(paymentCount: 1, caseCount: 1, moved: [.kept: 1], lapsedCaseCount: 0))
        let obligation = try #require(try payments.obligations(caseIndex: 0).first)
        #expect(obligation.obligation.id == "V\(visit)-1" && obligation.state == .kept && obligation.obligation.paid == Money(yuan: 500))
        #expect(try payments.status(0) == .kept)
        let recorded = try payments.store.caseRecords(caseID: payments.caseID(0)).payments.map(\.value)
        #expect(recorded == [Payment(day: CalendarDay(year: 2026, month: 3, day: 2), amount: Money(yuan: 500), source: "bank-2026-03.csv:2")])
    }

    @Test func aPartPaymentAfterGraceIsPartlyKeptAndBreaksTheCase() throws {
        let payments = try PaymentFixture()
        try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        let posted = try #require(try payments.posted(Self.header + "HB-2025-0113,2026-03-04,200\n"))
        #expect(posted.moved == [.partlyKept: 1])
        #expect(try payments.obligations(caseIndex: 0).map(\.state) == [.partlyKept])
        #expect(try payments.status(0) == .broken)
    }

    @Test func severalPaymentsOfOneCaseInOneFileAddUp() throws {
        let payments = try PaymentFixture()
        try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        _ = try #require(try payments.posted(Self.header + "HB-2025-0113,2026-02-10,100\n", name: "february.csv"))
        let posted = try #require(try payments.posted(Self.header + "HB-2025-0113,2026-03-03,150\nHB-2025-0113,2026-02-27,250\n"))
        #expect(posted == PostedPayments(paymentCount: 2, caseCount: 1, moved: [.kept: 1], lapsedCaseCount: 0))
        #expect(try payments.obligations(caseIndex: 0).map(\.obligation.paid) == [Money(yuan: 500)])
        #expect(try payments.store.caseEvents(caseID: payments.caseID(0)).map(\.sequence) == [1, 2, 3])
        #expect(try payments.store.chainReport().isIntact)
    }

    @Test func aPromiseLapsedUnpaidBreaksItsCaseOnTheNextImport() throws {
        let payments = try PaymentFixture()
        try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        try payments.agree(PaymentFixture.promise(yuan: 300), caseIndex: 2)
        let posted = try #require(try payments.posted(Self.header + "HB-2025-0113,2026-03-01,500\n"))
        #expect(posted.lapsedCaseCount == 1 && posted.caseCount == 1)
        #expect(try payments.status(0) == .kept)
        #expect(try payments.status(2) == .broken)
        #expect(try payments.obligations(caseIndex: 2).map(\.state) == [.broken])
    }

    @Test func aLatePaymentCountsForNothingAndTheCaseStillBreaks() throws {
        let payments = try PaymentFixture(graceDays: 0)
        try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        let posted = try #require(try payments.posted(Self.header + "HB-2025-0113,2026-03-02,500\n"))
        #expect(posted.moved.isEmpty)
        #expect(try payments.obligations(caseIndex: 0).map(\.state) == [.broken])
        #expect(try payments.status(0) == .broken)
    }

    @Test func anyBadRowAndNothingIsPostedWithEveryProblemWhereItIs() throws {
        let payments = try PaymentFixture()
        try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        let file = Self.header + """
            HB-2025-0113,2026-03-02,500
            NO-SUCH-1,2026-03-02,100
            HB-2025-0241,2026-02-30,100
            HB-2025-0241,2026-03-02,0

            HB-2025-0241,2026-03-02,1.234
            HB-2025-0113,2026/3/2,500
            HB-2025-0241,2026-07-01,100
            HB-2025-0241,03/02/2026,100

            """
        let problems = try payments.refusal(file)
        #expect(problems.count == 7, "\(problems)")
        #expect(problems[0] == "line 3, column 1: no case has the ref NO-SUCH-1; import the case first (visitdesk import) or correct the ref")
        #expect(problems[1] == "line 4, column 2: date 2026-02-30 is not a day of the calendar")
        #expect(problems[2] == "line 5, column 3: amount is zero; a payment must be more than zero")
        #expect(problems[3].hasPrefix("line 7, column 3: amount: ") && problems[3].contains("at most 2 decimal places"))
        #expect(problems[4] == "line 8, column 1: the same payment as line 2 (ref HB-2025-0113, 2026-03-02, ¥500.00); each payment is listed once, so remove one of the two lines")
        #expect(problems[5] == "line 9, column 2: date 2026-07-01 is not between 2000-01-01 and today (2026-06-01); money is not received in the future")
        #expect(problems[6] == "line 10, column 2: date \"03/02/2026\" is not a date; write 2026-03-01, 2026/3/1 or 2026年3月1日")
        #expect(try payments.store.caseEvents(caseID: payments.caseID(0)).isEmpty, "nothing was posted")
        #expect(try payments.obligations(caseIndex: 0).map(\.obligation.paid) == [.zero])
        #expect(try payments.status(0) == .promised)
    }

    @Test func theRefusalSpeaksChineseToo() throws {
        let payments = try PaymentFixture()
        guard case .refused(let error) = try payments.post(Self.header + "NO-SUCH-1,2026-03-02,100\n") else {
            Issue.record("an unknown case must refuse the file")
            return
        }
        #expect(error.explanation.zh == "未入账任何还款，文件中有 1 个问题：\n第 2 行第 1 列：没有编号为 NO-SUCH-1 的案件；请先导入该案件（visitdesk import）或改正编号")
        #expect(error.explanation.en.hasPrefix("no payment posted, 1 problem in the file:\nline 2, column 1: "))
    }

    @Test func aBadFileOrHeaderIsRefusedAsAWhole() throws {
        #expect(throws: PaymentImportError(problems: [CaseImportProblem(line: 1, column: 1, text: LocalizedText(
            zh: "缺少必需的列 金额（amount）", en: "missing required column amount (金额)"))])) {
            try PaymentFixture.read("ref,date\nHB-2025-0113,2026-03-02\n")
        }
        #expect(throws: PaymentImportError.self) { try PaymentFixture.read("") }
        let short = try PaymentFixture.read(Self.header + "HB-2025-0113,2026-03-02\n")
        #expect(short.problems.map(\.description) == ["line 2, column 3: 2 values but the header has 3 columns; add the missing values (empty ones too)"])
        let control = try PaymentFixture.read(Self.header + "HB-2025-0113,2026-03-02,5\u{1B}00\n")
        #expect(control.problems.count == 1 && control.problems[0].description.hasPrefix("line 2, column 3: amount holds"))
        let reordered = try PaymentFixture.read("金额,编号,日期\n\"1,500.00\",HB-2025-0113,2026年3月2日\n")
        #expect(reordered.problems.isEmpty && reordered.rows.map(\.payment.amount) == [Money(yuan: 1_500)])
        #expect(reordered.rows.map(\.reference) == [PaymentReference(text: "HB-2025-0113", line: 2, column: 2)])
    }

    @Test func utf8WithBOMIsReadAndNamed() throws {
        let payments = try PaymentFixture()
        try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        let file = try PaymentFixture.read(Data([0xEF, 0xBB, 0xBF]) + Data("编号,日期,金额\r\nHB-2025-0113,2026-03-02,500\r\n".utf8))
        #expect(file.encoding == .utf8WithBOM && file.separator == .comma)
        guard case .posted(let posted) = try payments.store.postPayments(file, at: PaymentFixture.postedAt) else {
            Issue.record("the file must be posted")
            return
        }
        #expect(posted.moved == [.kept: 1])
    }

    @Test func excelUnicodeTextUTF16TabSeparatedIsReadAndNamed() throws {
        let payments = try PaymentFixture()
        try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        let text = "编号\t日期\t金额\r\nHB-2025-0113\t2026/3/2\t500.00\r\n"
        let units: [UInt8] = text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let bytes: [UInt8] = [0xFF, 0xFE] + units
        let file = try PaymentFixture.read(Data(bytes))
        #expect(file.encoding == .utf16LittleEndian && file.separator == .tab)
        #expect(file.rows.map(\.payment.day) == [CalendarDay(year: 2026, month: 3, day: 2)])
        guard case .posted = try payments.store.postPayments(file, at: PaymentFixture.postedAt) else {
            Issue.record("the file must be posted")
            return
        }
        #expect(try payments.status(0) == .kept)
    }

    @Test func excelCSVOnAChineseSystemGB18030IsReadAndNamed() throws {
        let payments = try PaymentFixture()
        try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        // 编号,日期,金额 / HB-2025-0113,2026年3月2日,500 in GB18030, as Excel writes it.
        let header: [UInt8] = [0xB1, 0xE0, 0xBA, 0xC5, 0x2C, 0xC8, 0xD5, 0xC6, 0xDA, 0x2C, 0xBD, 0xF0, 0xB6, 0xEE, 0x0D, 0x0A]
        let row = Array("HB-2025-0113,2026".utf8) + [0xC4, 0xEA] + Array("3".utf8) + [0xD4, 0xC2] + Array("2".utf8) + [0xC8, 0xD5]
            + Array(",500\r\n".utf8)
        let file = try PaymentFixture.read(Data(header + row))
        #expect(file.encoding == .gb18030 && file.separator == .comma)
        #expect(file.problems.isEmpty && file.rows.map(\.payment.day) == [CalendarDay(year: 2026, month: 3, day: 2)])
        guard case .posted(let posted) = try payments.store.postPayments(file, at: PaymentFixture.postedAt) else {
            Issue.record("the file must be posted")
            return
        }
        #expect(posted.moved == [.kept: 1])
    }

    @Test func importingAFileTwicePostsNothingTheSecondTime() throws {
        let payments = try PaymentFixture()
        try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        let file = Self.header + "HB-2025-0113,2026-03-02,300\nHB-2025-0241,2026-03-02,100\n"
        #expect(try payments.posted(file)?.paymentCount == 2)
        let again = try payments.refusal(file)
        #expect(again == [
            "line 2, column 1: this payment (bank-2026-03.csv:2) was already posted on 2026-06-01; a file is posted once, so import only its new rows",
            "line 3, column 1: this payment (bank-2026-03.csv:3) was already posted on 2026-06-01; a file is posted once, so import only its new rows",
        ])
        let grown = try payments.refusal(file + "HB-2025-0113,2026-03-03,200\n")
        #expect(grown.count == 2 && grown.allSatisfy { $0.contains("already posted") }, "the new row alone is not the problem")
        #expect(try payments.store.caseRecords(caseID: payments.caseID(0)).payments.count == 1)
        #expect(try payments.obligations(caseIndex: 0).map(\.obligation.paid) == [Money(yuan: 300)])
        #expect(try payments.posted(Self.header + "HB-2025-0113,2026-03-03,200\n", name: "bank-2026-03-extra.csv")?.moved == [.kept: 1],
                "a file of another name holds other records")
    }

    @Test func verifyFindsAnObligationRowChangedAddedOrRemoved() throws {
        let payments = try PaymentFixture()
        let paid = try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        let unpaid = try payments.agree(PaymentFixture.promise(yuan: 300), caseIndex: 2)
        _ = try #require(try payments.posted(Self.header + "HB-2025-0113,2026-03-02,500\n"))
        #expect(try payments.store.chainReport().isIntact)

        try payments.tamper("UPDATE obligation SET paidFen = 0, state = 'pending' WHERE id = ?", ["V\(paid)-1"])
        try payments.tamper("UPDATE obligation SET amountFen = 100 WHERE id = ?", ["V\(unpaid)-1"])
        try payments.tamper("""
            INSERT INTO obligation (id, caseID, visitID, number, agreedOn, due, amountFen, paidFen, graceDays, graceEnds, state)
            VALUES ('V99-1', ?, 99, 1, '2026-01-01', '2026-02-01', 100, 100, 3, '2026-02-04', 'kept')
            """, [payments.caseID(3)])
        let problems = try payments.store.chainReport().caseProblems
        #expect(problems == [
            CaseChainProblem(caseID: payments.caseID(0), reference: "HB-2025-0113", sequence: 1, kind: .derivedRowChanged(table: "obligation", id: "V\(paid)-1")),
            CaseChainProblem(caseID: payments.caseID(2), reference: "HB-2025-0241", sequence: 0, kind: .derivedRowChanged(table: "obligation", id: "V\(unpaid)-1")),
            CaseChainProblem(caseID: payments.caseID(3), reference: "WL-2025-0422", sequence: 0, kind: .derivedRowChanged(table: "obligation", id: "V99-1")),
        ])
        #expect(problems[1].description == "case HB-2025-0241: its obligation V\(unpaid)-1 does not match its records and visits (the row was changed)")
    }

    @Test func verifyFindsAnObligationRowDeleted() throws {
        let payments = try PaymentFixture()
        let visit = try payments.agree(PaymentFixture.promise(yuan: 300), caseIndex: 2)
        try payments.tamper("DELETE FROM obligation")
        #expect(try payments.store.chainReport().caseProblems.map(\.kind) == [.derivedRowChanged(table: "obligation", id: "V\(visit)-1")])
    }

    @Test func anObligationRowEditedToNonsenseIsReportedNotACrash() throws {
        let payments = try PaymentFixture()
        let visit = try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        try payments.tamper("UPDATE obligation SET amountFen = 'lots', paidFen = X'00', due = 7, state = 5, markReason = 3")
        let listed = try payments.store.obligations(ObligationQuery(day: PaymentFixture.today))
        #expect(listed.map(\.obligation.amount) == [.zero] && listed.map(\.obligation.due) == [DomainLimits.earliestDay])
        #expect(try payments.store.chainReport().caseProblems.map(\.kind) == [.derivedRowChanged(table: "obligation", id: "V\(visit)-1")])
        _ = try #require(try payments.posted(Self.header + "HB-2025-0113,2026-03-02,500\n"))
        #expect(!(try payments.store.chainReport().isIntact), "posting a payment does not launder the edited row")
    }

    @Test func changingTheGraceDaysLaterIsNoDamage() throws {
        let payments = try PaymentFixture(graceDays: 3)
        try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        let reopened = try VisitStore(path: payments.store.path, paymentRule: PaymentRule(graceDays: 10))
        #expect(try reopened.chainReport().isIntact)
    }
}
