import Foundation
import VisitDesk

/// `visitdesk sync` and the desk's background sync: pushes this device's unacknowledged events,
/// then pulls what the server holds for this operator (`SyncPush`, `SyncPull`), and records the
/// attempt in the store (`recordSyncAttempt`) for the title line. Safe to run again at any
/// point: a sync cut off anywhere, then run again, sends nothing twice and loses nothing.
public enum TeamSync {
    public static func run(store: VisitStore, address: ServerAddress, password: String? = nil,
                           now: Date = Date()) throws(ServerError) -> SyncReport {
        try run(store: store, address: address, password: password, now: now, limits: SyncLimits())
    }

    /// As `run(store:address:password:now:)`, cutting the push as `limits` says; a sync stopped
    /// by `maximumBatches` pulls nothing.
    public static func run(store: VisitStore, address: ServerAddress, password: String? = nil, now: Date = Date(),
                           limits: SyncLimits) throws(ServerError) -> SyncReport {
        guard let device = store.device else { throw .noDeviceIdentity }
        do {
            let report = try sync(store: store, device: device, address: address, password: password, now: now, limits: limits)
            try? store.recordSyncAttempt(at: now, error: report.refusals.first?.message.en)
            return report
        } catch {
            try? store.recordSyncAttempt(at: now, error: error.explanation.en)
            throw error
        }
    }

    private static func sync(store: VisitStore, device: DeviceIdentity, address: ServerAddress, password: String?, now: Date,
                             limits: SyncLimits) throws(ServerError) -> SyncReport {
        // Events written before this device had an identity are signed now, or the server refuses them.
        try SyncLocalStore.run { () throws(StoreError) in _ = try store.signUnsignedEvents() }
        let server = try ServerConnection.open(address, password: password)
        defer { server.close() }
        try ServerMigrator.requireCurrent(server)
        var report = SyncReport()
        guard try SyncPush(store: store, server: server, limits: limits).run(into: &report) else { return report }
        try SyncPull(store: store, server: server, device: device, now: now).run(into: &report)
        report.localOnlyStreams = try SyncLocalStore.run { () throws(StoreError) in try store.localOnlyStreamCount() }
        report.conflicts = try SyncLocalStore.run { () throws(StoreError) in try store.conflicts() }
        return report
    }
}
