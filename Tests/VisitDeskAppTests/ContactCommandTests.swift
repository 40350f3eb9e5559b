import Foundation
import Testing
import TestSupport
import VisitDesk
@testable import VisitDeskApp

/// `visitdesk contact REF …` records one thing on a case, refusing what the desk's forms
/// refuse; `visitdesk records REF` lists the case's records.
@Suite(.serialized) struct ContactCommandTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-contact-\(UUID().uuidString)")
    var db: String { directory.appendingPathComponent("x.sqlite").path }
    let reference = "HB-2025-0113"

    func run(_ arguments: String...) -> Int32 {
        VisitDeskCommand.run(arguments: arguments)
    }

    func records() throws -> CaseRecords {
        let store = try VisitStore(path: db)
        let loanCase = try #require(try store.loanCase(reference: reference))
        return try store.caseRecords(caseID: try #require(loanCase.id))
    }

    @Test func eachKindOfRecordIsWrittenToTheCase() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run("demo", "--db", db) == 0)
        let before = try records()
        #expect(run("contact", reference, "--db", db, "--channel", "letter", "--result", "reached", "--at", "2026-01-05 10:00",
                    "--note", "挂号信") == 0)
        #expect(run("contact", reference, "--db", db, "--appointment", "+1d 14:30", "--visitors", "王磊/WF-0312, 赵敏") == 0)
        var after = try records()
        #expect(after.contacts.count == before.contacts.count + 1)
        let contact = try #require(after.contacts.last?.value)
        #expect(contact.channel == .letter && contact.result == .reached && contact.note == "挂号信")
        let id = before.nextAppointmentID
        let made = try #require(after.appointmentsByID[id]?.value)
        #expect(made.time == "14:30" && !made.confirmed && made.visitors.map(\.name) == ["王磊", "赵敏"])
        let loanCase = try #require(try VisitStore(path: db).loanCase(reference: reference))
        #expect(made.place == loanCase.address, "the case's address unless told")

        #expect(run("contact", reference, "--db", db, "--id", id, "--confirmed") == 0)
        after = try records()
        var confirmed = made
        confirmed.confirmed = true
        #expect(after.appointmentsByID[id]?.value == confirmed, "changed under its id, the rest kept")

        #expect(run("contact", reference, "--db", db, "--next-action", "check-payment", "--on", "+3d", "--note", "核对首期") == 0)
        #expect(try records().nextAction?.value.kind == .checkPayment)
        #expect(run("contact", reference, "--db", db, "--cancel", id, "--reason", "债务人出差") == 0)
        #expect(try records().cancelledAppointments[id] == "债务人出差")
        #expect(run("verify", "--db", db) == 0, "every record is in the chain")
    }

    @Test func refusalsChangeNothing() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run("demo", "--db", db) == 0)
        let before = try records()
        #expect(run("contact", reference, "--db", db, "--appointment", "+1d 22:30") == 1, "outside visiting hours")
        #expect(run("contact", reference, "--db", db, "--appointment", "2000-01-01 10:00") == 1, "in the past")
        #expect(run("contact", reference, "--db", db, "--channel", "sms", "--result", "reached", "--at", "2099-01-01 10:00") == 1)
        #expect(run("contact", reference, "--db", db, "--id", "A99", "--confirmed") == 1)
        #expect(run("contact", reference, "--db", db, "--cancel", "A99", "--reason", "x") == 1)
        #expect(run("contact", reference, "--db", db, "--channel", "sms", "--result", "reached", "--note", "a\u{1B}[2Jb") == 1)
        #expect(run("contact", "NO-SUCH", "--db", db, "--channel", "sms", "--result", "reached") == 1)
        #expect(try records() == before)
    }

    @Test func mixedOrIncompleteOptionsAreUsageErrors() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run("demo", "--db", db) == 0)
        #expect(run("contact", reference, "--db", db) == 2, "nothing to record")
        #expect(run("contact", reference, "--db", db, "--channel", "phone", "--appointment", "+1d 10:00") == 2, "two things at once")
        #expect(run("contact", reference, "--db", db, "--channel", "phone") == 2, "no result")
        #expect(run("contact", reference, "--db", db, "--channel", "fax", "--result", "reached") == 2)
        #expect(run("contact", reference, "--db", db, "--cancel", "A1") == 2, "no reason")
        #expect(run("contact", reference, "--db", db, "--next-action", "call") == 2, "no day")
        #expect(run("contact", reference, "--db", db, "--appointment", "+1d 10:00", "--note", "x") == 2)
    }

    @Test func theRecordsAreListedAsATableAndAsJSON() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = try BuiltProducts.path("visitdesk")
        #expect(run("demo", "--db", db) == 0)
        let said = try Subprocess.run([binary, "contact", reference, "--db", db, "--channel", "phone", "--result", "no-answer", "--lang", "zh"])
        #expect(said.status == 0)
        #expect(said.output == "\(reference): 已记录联系：电话 · 无人接听\n")
        let refused = try Subprocess.run([binary, "contact", reference, "--db", db, "--appointment", "+1d 07:00"],
                                         environment: ProcessInfo.processInfo.environment.merging(["LANG": "en_US.UTF-8", "LC_ALL": ""]) { $1 })
        #expect(refused.status == 1)
        #expect(refused.errors.contains("--appointment: 07:00 is outside visiting hours 08:00–21:00; nothing recorded"), "\(refused.errors)")
        let table = try Subprocess.run([binary, "records", reference, "--db", db, "--lang", "en"])
        #expect(table.status == 0)
        #expect(table.output.contains("contact: phone") && table.output.contains("· no answer"), "\(table.output)")
        let json = try Subprocess.run([binary, "records", reference, "--db", db, "--format", "json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        let last = try #require(objects.last)
        #expect(last["case"] as? String == reference)
        #expect(last["kind"] as? String == "contactAttempted")
        #expect(last["channel"] as? String == "phone" && last["result"] as? String == "noAnswer")
        #expect(last["recorded_at"] is String && last["sequence"] is Int)
        // The next action in effect heads the table, whatever set it: here by hand, with its note.
        #expect(run("contact", reference, "--db", db, "--next-action", "call", "--on", "+2d", "--note", "再打一次") == 0)
        let store = try VisitStore(path: db)
        let caseID = try #require(try store.loanCase(reference: reference)?.id)
        let action = try #require(try store.nextAction(caseID: caseID))
        #expect(action.kind == .call && action.note == "再打一次")
        let headed = try Subprocess.run([binary, "records", reference, "--db", db, "--lang", "en"])
        #expect(headed.output.hasPrefix("next action: \(action.day) call — 再打一次\n"), "\(headed.output)")
    }
}
