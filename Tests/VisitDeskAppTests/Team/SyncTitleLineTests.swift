import Foundation
import TUI
import TestSupport
import Testing
@testable import VisitDeskApp
@testable import VisitDesk

/// The sync state at the right end of the top line, in the UI language, at 80 columns.
struct SyncTitleLineTests {
    private func topLine(_ language: Language, _ status: SyncStatus?, running: Bool = false, withVisit: Bool = false) -> String {
        var state = withVisit ? AppFixture.withOpenVisit(width: 80, height: 24, language: language)
            : AppFixture.state(width: 80, height: 24, language: language)
        state.sync = SyncIndicator(status: status, isRunning: running)
        return DeskRenderer.render(state).textLines()[0]
    }

    private let twoMinutesAgo = AppFixture.now.addingTimeInterval(-150)

    @Test func syncedTwoMinutesAgo() {
        let status = SyncStatus(lastSyncAt: twoMinutesAgo, lastAttemptAt: twoMinutesAgo, lastError: nil, pendingEvents: 0)
        #expect(topLine(.zh, status).hasSuffix("─ 已同步 · 2 分钟前 ┐"))
        #expect(topLine(.en, status).hasSuffix("─ synced 2 min ago ┐"))
    }

    @Test func offlineWhenTheLastTryFailed() {
        let status = SyncStatus(lastSyncAt: twoMinutesAgo, lastAttemptAt: AppFixture.now, lastError: "cannot reach the server", pendingEvents: 0)
        #expect(topLine(.zh, status).hasSuffix("─ 离线 ┐"))
        #expect(topLine(.en, status).hasSuffix("─ offline ┐"))
        let pending = SyncStatus(lastSyncAt: nil, lastAttemptAt: AppFixture.now, lastError: "refused", pendingEvents: 3)
        #expect(topLine(.zh, pending).hasSuffix("─ 离线 · 3 条待上传 ┐"))
    }

    @Test func eventsWaitingToUpload() {
        let status = SyncStatus(lastSyncAt: twoMinutesAgo, lastAttemptAt: twoMinutesAgo, lastError: nil, pendingEvents: 3)
        #expect(topLine(.zh, status).hasSuffix("─ 3 条待上传 ┐"))
        #expect(topLine(.en, status).hasSuffix("─ 3 to upload ┐"))
    }

    @Test func beforeTheFirstSync() {
        #expect(topLine(.zh, nil, running: true).hasSuffix("─ 同步中… ┐"))
        let never = SyncStatus(lastSyncAt: nil, lastAttemptAt: nil, lastError: nil, pendingEvents: 0)
        #expect(topLine(.en, never).hasSuffix("─ not synced ┐"))
    }

    /// A long stage title is cut with an ellipsis before the state, and the line stays 80 columns wide.
    @Test func aLongTitleIsCutNotOverwritten() {
        let status = SyncStatus(lastSyncAt: twoMinutesAgo, lastAttemptAt: twoMinutesAgo, lastError: nil, pendingEvents: 0)
        for language in [Language.zh, .en] {
            let line = topLine(language, status, withVisit: true)
            #expect(line.displayWidth == 80)
            #expect(line.contains("… ─ "), "\(line)")
        }
    }

    /// The whole screen at 80×24 mid-visit, offline with events waiting, against its golden
    /// (`UPDATE_GOLDEN=1` rewrites it on purpose): only the top line differs from the same screen without a server.
    @Test func theScreenWithTheStateAt80Columns() {
        var state = AppFixture.withOpenVisit(width: 80, height: 24, language: .zh)
        state.sync = SyncIndicator(status: SyncStatus(lastSyncAt: twoMinutesAgo, lastAttemptAt: AppFixture.now,
                                                      lastError: "cannot reach the server", pendingEvents: 12))
        let screen = DeskRenderer.render(state)
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden/sync-offline-zh-80x24.txt").path
        if let mismatch = GoldenFile.mismatch(GoldenFile.screen(of: screen), path: path) { Issue.record(Comment(rawValue: mismatch)) }
        state.sync = nil
        #expect(screen.textLines().dropFirst() == DeskRenderer.render(state).textLines().dropFirst(), "every line but the top one")
    }

    @Test func nothingWithoutAServer() {
        var state = AppFixture.state(width: 80, height: 24, language: .zh)
        let plain = DeskRenderer.render(state).textLines()[0]
        state.sync = nil
        #expect(!plain.contains("同步") && !plain.contains("离线"))
        #expect(plain.hasSuffix("─┐"))
    }

    /// The status is read on the once-a-second check, not per key; a tick starts a sync when one is due.
    @Test func aTickReadsTheStatusAndStartsADueSync() {
        var state = AppFixture.state(width: 80, height: 24, language: .en)
        #expect(!AppFixture.send(&state, .tick(AppFixture.now)).contains(.syncInBackground), "no server, no sync")
        state.sync = SyncIndicator()
        #expect(AppFixture.send(&state, .tick(AppFixture.now)).contains(.syncInBackground))
        #expect(!AppFixture.send(&state, .tick(AppFixture.now.addingTimeInterval(30))).contains(.syncInBackground), "one at a time")
        AppFixture.send(&state, .syncFinished)
        #expect(!AppFixture.send(&state, .tick(AppFixture.now.addingTimeInterval(30))).contains(.syncInBackground), "not before a minute")
        #expect(AppFixture.send(&state, .tick(AppFixture.now.addingTimeInterval(61))).contains(.syncInBackground))
        #expect(AppFixture.press(&state, .character("j")).allSatisfy { $0 != .syncInBackground && $0 != .checkForChanges })
    }
}
