import Foundation
import Testing
@testable import VisitDesk

@Suite struct DeviceIdentityTests {
    @Test func anOperatorIsNameSlashBadge() throws {
        #expect(try OperatorProfile.parse(" 王磊/WF-0312 ") == Visitor(name: "王磊", badge: "WF-0312"))
        for typed in ["王磊", "王磊/", "/WF-1", "王磊/WF 1", "王磊/WF-1, 赵敏/A-2", "王\u{1B}[2J磊/WF-1", "王磊/" + String(repeating: "9", count: 25)] {
            #expect(throws: TeamError.self, "\(typed)") { try OperatorProfile.parse(typed) }
        }
    }

    @Test func theIdentityIsKeptPrivateAndReadBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-identity-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = DeviceIdentityFiles(folder: folder + "/visitdesk")
        #expect(try files.load() == nil)
        let person = Visitor(name: "王磊", badge: "WF-0312")
        let (made, created) = try files.loadOrCreate(for: person)
        #expect(created)
        for path in [files.profilePath, files.keyPath] {
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(path)")
        }
        let folderMode = try FileManager.default.attributesOfItem(atPath: files.folder)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        let read = try #require(try files.load())
        #expect(read.deviceID == made.deviceID && read.publicKey == made.publicKey && read.operatorProfile == person)
        let again = try files.loadOrCreate(for: Visitor(name: "王磊", badge: "wf-0312"))
        #expect(!again.created && again.identity.deviceID == made.deviceID)
        #expect(throws: TeamError.otherOperator(existing: person, folder: files.folder)) {
            try files.loadOrCreate(for: Visitor(name: "赵敏", badge: "WF-0400"))
        }
        let message = Data("hello".utf8)
        #expect(EventSignature.isValid(signature: read.signature(of: message), publicKey: made.publicKey, message: message))
    }

    @Test func aKeyThatDoesNotMatchItsProfileIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-identity-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = DeviceIdentityFiles(folder: folder)
        _ = try files.loadOrCreate(for: Visitor(name: "王磊", badge: "WF-0312"))
        let other = DeviceIdentity.generate(for: Visitor(name: "王磊", badge: "WF-0312"))
        try Data(other.privateKeyData.base64EncodedString().utf8).write(to: URL(fileURLWithPath: files.keyPath))
        #expect(throws: TeamError.self) { try files.load() }
    }
}
