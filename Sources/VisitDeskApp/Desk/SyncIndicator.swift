import Foundation
import VisitDesk

/// The desk's side of the background sync: whether one is running, when the last started,
/// and the state the store last reported, which the top right of the screen shows.
struct SyncIndicator {
    /// The store's `syncStatus()` as last read on the once-a-second check; nil before the first read.
    var status: SyncStatus?
    var isRunning = false
    /// When the last sync was started; nil when the next tick should start one (at first, or after a visit ended).
    var lastStarted: Date?

    /// Whether a sync should start now: none is running and the last started `BackgroundSync.interval` ago.
    func isDue(at now: Date) -> Bool {
        guard !isRunning else { return false }
        guard let lastStarted else { return true }
        return now.timeIntervalSince(lastStarted) >= BackgroundSync.interval
    }

    /// Marks a sync as started at `now`.
    mutating func started(at now: Date) {
        isRunning = true
        lastStarted = now
    }

    /// `已同步 · 2 分钟前` / `synced 2 min ago`, `离线` / `offline` (the last try failed),
    /// `3 条待上传` / `3 to upload`; nil before anything is known.
    func text(_ language: Language, now: Date) -> String? {
        guard let status else { return isRunning ? SyncText.syncing[language] : nil }
        let pending = status.pendingEvents > 0 ? SyncText.toUpload(status.pendingEvents, language) : nil
        if status.lastError != nil {
            return [SyncText.offline[language], pending].compactMap { $0 }.joined(separator: " · ")
        }
        if let pending { return pending }
        guard let synced = status.lastSyncAt else {
            return (isRunning ? SyncText.syncing : SyncText.neverSynced)[language]
        }
        return SyncText.synced(ago: now.timeIntervalSince(synced), language)
    }
}
