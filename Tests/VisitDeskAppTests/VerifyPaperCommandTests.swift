import Foundation
import Testing
import TestSupport
import VisitDesk

/// `visitdesk verify --visit ID --head HASH`: a paper record checked against the store, as a
/// user runs it (the built binary, its output and exit status).
@Suite struct VerifyPaperCommandTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-paper-\(UUID().uuidString)")
    var db: String { directory.appendingPathComponent("visitdesk.sqlite").path }

    /// A demo database; returns the hashes of visit 1's events in order.
    func demo() throws -> [String] {
        let store = try VisitStore(path: db)
        try store.insertDemoData()
        return try store.events(visitID: 1).map(\.hash)
    }

    func verify(_ arguments: String...) throws -> Subprocess.Result {
        try Subprocess.run([try BuiltProducts.path("visitdesk"), "verify", "--db", db] + arguments,
                           environment: ["PATH": "/usr/bin:/bin", "HOME": directory.path])
    }

    @Test func theCurrentHeadSaysNothingWasRecordedSince() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let hashes = try demo()
        let result = try verify("--visit", "1", "--head", hashes.last!)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("is the current head of its chain (event \(hashes.count) of \(hashes.count))"))
    }

    @Test func anOlderHeadByItsFirstTwelveDigitsCountsTheEventsAddedAfterIt() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let hashes = try demo()
        let head = String(hashes[hashes.count - 3].prefix(12))
        let result = try verify("--visit", "1", "--head", head)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("visit 1: head \(head) is on its current chain at event \(hashes.count - 2) of \(hashes.count): 2 events were recorded after"))
        #expect(result.output.contains("current head \(hashes.last!)"))
    }

    @Test func aHeadNotOnTheChainSaysSoAndExitsOne() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let hashes = try demo()
        let otherVisit = try VisitStore(path: db).events(visitID: 2).last!.hash
        #expect(!hashes.contains(otherVisit))
        let result = try verify("--visit", "1", "--head", otherVisit)
        #expect(result.status == 1)
        #expect(result.errors.contains("is not on the visit's current chain: the paper does not match the record"))
        #expect(result.output.isEmpty)
    }

    @Test func aShortOrNonHexHeadIsRefusedBeforeTheStoreIsRead() throws {
        let short = try verify("--visit", "1", "--head", "3f2a9c41")
        #expect(short.status == 2)
        #expect(short.errors.contains("a chain head needs at least 12 hex digits to be checked; 8 given"))
        let notHex = try verify("--visit", "1", "--head", "3f2a9c410b7z")
        #expect(notHex.status == 2)
        #expect(notHex.errors.contains("\"z\" is not a hex digit"))
        let alone = try verify("--head", "3f2a9c410b7e")
        #expect(alone.status == 2)
        #expect(alone.errors.contains("--head needs --visit"))
    }

    @Test func theCheckCommandPrintedOnTheRecordConfirmsIt() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try demo()
        let summary = try Subprocess.run([try BuiltProducts.path("visitdesk"), "summary", "1", "--db", db, "--format", "json"],
                                         environment: ["PATH": "/usr/bin:/bin", "HOME": directory.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(summary.output.utf8)) as? [String: Any])
        let footer = try #require(object["footer"] as? [String: Any], "\(object.keys)")
        let printed = try #require(footer["verifyCommand"] as? String)
        let words = printed.split(separator: " ").map(String.init)
        #expect(Array(words.prefix(3)) == ["visitdesk", "verify", "--visit"])
        let result = try Subprocess.run([try BuiltProducts.path("visitdesk")] + words.dropFirst() + ["--db", db],
                                        environment: ["PATH": "/usr/bin:/bin", "HOME": directory.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("is the current head of its chain"))
    }

    @Test func anUnknownVisitIsNamed() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let hashes = try demo()
        let result = try verify("--visit", "999", "--head", hashes[0])
        #expect(result.status == 1)
        #expect(result.errors.contains("999"))
    }
}
