import Foundation
import Testing
@testable import VisitDesk

@Suite("Export encoders")
struct ExportTests {
    static let loan = LoanCase(
        id: 7, reference: "HB-2025-0113", debtorName: "张伟", phone: "13812345678", idNumber: "110105194912310021",
        address: "北京市朝阳区望京街道阜通东大街6号院, 3号楼1102", product: "花呗", outstanding: Money(fen: 6_212_070),
        daysOverdue: 186, status: .planAgreed, assignedAgent: "王磊", tags: ["首次上门", "有工作"])

    static let start = Date(timeIntervalSince1970: 1_791_943_200) // 2026-10-14T02:00:00Z

    static func jsonObjects(_ text: String) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func caseJSONMasksPersonalDataByDefault() throws {
        let object = try #require(try Self.jsonObjects(CaseExport.json([Self.loan])).first)
        #expect(object["phone"] as? String == "138****5678")
        #expect(object["id_number"] as? String == "110***********0021")
        #expect(object["outstanding"] as? String == "62120.70")
        #expect(object["days_overdue"] as? Int == 186)
        #expect(object["id"] as? Int == 7)
        #expect(object["status"] as? String == "planAgreed")
        #expect(object["tags"] as? [String] == ["首次上门", "有工作"])
    }

    @Test func caseJSONRevealsOnlyWhenAsked() throws {
        let object = try #require(try Self.jsonObjects(CaseExport.json([Self.loan], reveal: true)).first)
        #expect(object["phone"] as? String == "13812345678")
        #expect(object["id_number"] as? String == "110105194912310021")
    }

    @Test func caseJSONHasSortedKeysSoTheSameDataGivesTheSameTextAndChineseUnescaped() throws {
        let text = CaseExport.json([Self.loan])
        let keys = ["\"address\"", "\"agent\"", "\"days_overdue\"", "\"id\"", "\"id_number\"", "\"name\"",
                    "\"outstanding\"", "\"phone\"", "\"product\"", "\"ref\"", "\"status\"", "\"tags\""]
        let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted(), "\(text)")
        #expect(text.contains("\"张伟\""))
        #expect(try JSONSerialization.jsonObject(with: Data(CaseExport.json([]).utf8)) as? [Any] != nil)
    }

    @Test func caseCSVQuotesCommasAndMasks() {
        #expect(CaseExport.csv([Self.loan]) == """
            ref,name,phone,id_number,address,product,outstanding,days_overdue,status,agent,tags
            HB-2025-0113,张伟,138****5678,110***********0021,"北京市朝阳区望京街道阜通东大街6号院, 3号楼1102",花呗,62120.70,186,planAgreed,王磊,首次上门;有工作

            """)
    }

    @Test func csvFieldsWithQuotesAndNewlinesSurviveTheImporter() throws {
        var loan = Self.loan
        loan.debtorName = "徐丹 \"Dan\" Xu"
        loan.address = "深圳市南山区, 科苑路15号"
        loan.idNumber = "11010519491231002X"
        let csv = CaseExport.csv([loan], reveal: true)
        #expect(csv.contains("\"徐丹 \"\"Dan\"\" Xu\""))
        var imported = try CaseCSVImporter.parse(Data(csv.utf8))
        imported[0].id = loan.id
        #expect(imported == [loan])
    }

    @Test func visitJSONHasISOTimesAndNullsForAnOpenVisit() throws {
        let open = VisitListRow(
            id: 3, caseID: 7, caseReference: "HB-2025-0113", debtorName: "张伟", role: .agent, playbookID: "agent",
            startedAt: Self.start, endedAt: nil, endReason: nil, outcomeCode: nil, eventCount: 4)
        var ended = open
        ended.id = 2
        ended.endedAt = Self.start.addingTimeInterval(2_400)
        ended.endReason = .completed
        ended.outcomeCode = .planAgreed
        let objects = try Self.jsonObjects(VisitExport.json([open, ended]))
        #expect(objects[0]["started_at"] as? String == "2026-10-14T02:00:00.000Z")
        #expect(objects[0]["ended_at"] is NSNull)
        #expect(objects[0]["outcome"] is NSNull)
        #expect(objects[1]["ended_at"] as? String == "2026-10-14T02:40:00.000Z")
        #expect(objects[1]["end_reason"] as? String == "completed")
        #expect(objects[1]["outcome"] as? String == "planAgreed")
        #expect(objects[1]["case_id"] as? Int == 7 && objects[1]["playbook_id"] as? String == "agent")

        #expect(VisitExport.csv([open, ended]) == """
            id,case_id,ref,name,role,playbook_id,started_at,ended_at,end_reason,outcome,event_count
            3,7,HB-2025-0113,张伟,agent,agent,2026-10-14T02:00:00.000Z,,,,4
            2,7,HB-2025-0113,张伟,agent,agent,2026-10-14T02:00:00.000Z,2026-10-14T02:40:00.000Z,completed,planAgreed,4

            """)
    }

    /// Every event of the demo visits, numbered as the store would.
    static let demoEvents: [VisitEvent] = DemoData.visits.enumerated().flatMap { index, visit in
        ([(at: visit.startedAt, kind: visit.startedEvent)] + visit.events).enumerated().map { offset, event in
            VisitEvent(visitID: Int64(index + 1), sequence: offset + 1, at: event.at, kind: event.kind, hash: "h\(offset + 1)")
        }
    }

    @Test func eventJSONCarriesEachKindsFields() throws {
        let objects = try Self.jsonObjects(EventExport.json(Self.demoEvents))
        #expect(objects.count == Self.demoEvents.count)
        let started = objects[0]
        #expect(started["kind"] as? String == "started")
        #expect(started["visit_id"] as? Int == 1 && started["sequence"] as? Int == 1 && started["hash"] as? String == "h1")
        #expect(started["at"] as? String == "2026-10-14T02:00:00.000Z")
        #expect((started["visitors"] as? [[String: String]])?.first?["badge"] == "WF-0312")
        #expect(started["item_id"] == nil)

        let skipped = try #require(objects.first { $0["mark"] as? String == "skipped" })
        #expect(skipped["reason"] as? String == "债务人不愿让我们进卧室，只在客厅交谈")
        #expect(skipped["item_id"] as? String == "living.household-goods")

        let plan = try #require(objects.compactMap { $0["outcome"] as? [String: Any] }.first { $0["code"] as? String == "planAgreed" })
        #expect(plan["total"] as? String == "62120.70")
        #expect(plan["down_payment"] as? String == "2120.70")
        #expect(plan["first_due"] as? String == "2026-12-01")
        #expect((plan["schedule"] as? [[String: Any]])?.count == 24)

        let kinds = Set(objects.compactMap { $0["kind"] as? String })
        #expect(kinds.isSuperset(of: ["started", "stageEntered", "itemMarked", "noteAdded", "noteAmended",
                                      "outcomeRecorded", "personalDataRevealed", "personalDataHidden", "ended"]))
    }

    @Test func eventCSVPutsTheKindsFieldsInOneJSONColumn() throws {
        let events = [
            VisitEvent(visitID: 1, sequence: 5, at: Self.start, kind: .noteAdded(noteID: "n5", text: "他说：\"下周, 再谈\"\n第二行"), hash: "abc"),
            VisitEvent(visitID: 1, sequence: 6, at: Self.start, kind: .undone(sequence: 5), hash: "def"),
        ]
        let csv = EventExport.csv(events)
        #expect(csv.hasPrefix("visit_id,sequence,at,kind,data,hash\n1,5,2026-10-14T02:00:00.000Z,noteAdded,\"{"))
        #expect(csv.hasSuffix("1,6,2026-10-14T02:00:00.000Z,undone,\"{\"\"undone_sequence\"\":5}\",def\n"))
        let rows = try CSVRecord.records(in: csv)
        #expect(rows.count == 3)
        let data = try #require(JSONSerialization.jsonObject(with: Data(rows[1].fields[4].utf8)) as? [String: String])
        #expect(data == ["note_id": "n5", "text": "他说：\"下周, 再谈\"\n第二行"])
    }

    @Test func everyOutcomeCodeExportsItsFields() throws {
        let day = CalendarDay(year: 2026, month: 12, day: 1)
        let outcomes: [Outcome] = [
            .promiseToPay(date: day, amount: Money(yuan: 3_000), method: .alipayAutoDebit),
            .paidInFull(amount: Money(fen: 12_345), method: .cashWithReceipt),
            .partialPayment(amount: Money(yuan: 500), method: .bankTransfer),
            .refusedToPay(reason: "不认可利息"), .disputed(reason: "金额不符"), .hardship(note: "失业"),
            .noContact, .wrongAddress(note: "已搬走"), .thirdPartyOnly(who: "母亲"), .askedToLeave,
            .rescheduled(date: day, note: "下周再谈"),
            .extensionAgreed(newDueDate: day, note: "宽限一个月"),
            .partialPayment(amount: Money(yuan: 200), method: .other(description: "对公账户")),
        ]
        let events = outcomes.enumerated().map { index, outcome in
            VisitEvent(visitID: 1, sequence: index + 1, at: Self.start, kind: .outcomeRecorded(outcome), hash: "")
        }
        let exported = try Self.jsonObjects(EventExport.json(events)).map { $0["outcome"] as? [String: String] }
        #expect(exported[0] == ["code": "promiseToPay", "date": "2026-12-01", "amount": "3000.00", "method": "alipayAutoDebit"])
        #expect(exported[1] == ["code": "paidInFull", "amount": "123.45", "method": "cashWithReceipt"])
        #expect(exported[2]?["method"] == "bankTransfer")
        #expect(exported[3] == ["code": "refusedToPay", "reason": "不认可利息"])
        #expect(exported[5] == ["code": "hardship", "note": "失业"])
        #expect(exported[6] == ["code": "noContact"])
        #expect(exported[8] == ["code": "thirdPartyOnly", "who": "母亲"])
        #expect(exported[10] == ["code": "rescheduled", "date": "2026-12-01", "note": "下周再谈"])
        #expect(exported[11] == ["code": "extensionAgreed", "new_due_date": "2026-12-01", "note": "宽限一个月"])
        #expect(exported[12] == ["code": "partialPayment", "amount": "200.00", "method": "other", "method_description": "对公账户"])
    }
}
