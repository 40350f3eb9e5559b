import Foundation
import Testing
import TestSupport

/// A photo attached with `a` in an open visit on the built program: copied beside the
/// database, shown in the visit pane, listed in the summary with its hash, checked by
/// `verify`, and copied out again by `visitdesk evidence`.
@Suite(.serialized)
struct EvidenceEndToEndTests {
    @Test func aPhotoAttachedInTheDeskIsKeptListedVerifiedAndCopiedOut() throws {
        let fixture = try DeskFixture()
        let photo = fixture.root.appendingPathComponent("门牌 照片.jpg")
        let bytes = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        try bytes.write(to: photo)
        let desk = try fixture.openDesk(width: 80, height: 24)
        try desk.startVisitOnFirstCase()

        try desk.type("a")
        try desk.waitFor("Attach an evidence file")
        try desk.type("~/nope.jpg")
        try desk.press("Enter")
        try desk.waitFor("there is no file")
        for _ in 0..<"nope.jpg".count { try desk.press("BSpace") }
        try desk.type("门牌 照片.jpg")
        try desk.press("Tab")
        try desk.type("门牌和单元号")
        try desk.press("Enter")
        try desk.waitFor("evidence kept: 门牌 照片.jpg")
        try desk.waitFor("evidence 1: 门牌 照片.jpg")
        try desk.type("q")

        let summary = try fixture.run(["summary", "1", "--lang", "en"])
        #expect(summary.contains("门牌 照片.jpg (image/jpeg, 195 KB)"))
        let verified = try fixture.run(["verify"])
        #expect(verified.contains("1 evidence file"))
        let out = fixture.root.appendingPathComponent("out").path
        try fixture.run(["evidence", "1", "--out", out])
        #expect(FileManager.default.contents(atPath: out + "/_____.jpg") == bytes, "the name made safe for any file system")
        #expect(FileManager.default.fileExists(atPath: out + "/manifest.json"))
    }
}
