import Foundation
import TeamServer
import VisitDesk

/// The desk's background sync: `TeamSync.run` with the server in effect. Nil, and nothing on
/// screen, when no server is configured, this machine has no device identity (`init --operator`),
/// or the database is open for review only.
enum DeskSync {
    static func background(store: VisitStore, config: VisitDeskConfig, environment: [String: String]) -> BackgroundSync? {
        guard store.device != nil, !store.isReadOnly else { return nil }
        let address: ServerAddress
        do throws(ServerError) {
            guard let configured = try ServerSetting.address(explicit: nil, config: config, environment: environment) else { return nil }
            address = configured
        } catch {
            // A server address that cannot be used is a sync that fails: the desk shows it offline.
            return BackgroundSync { try? store.recordSyncAttempt(at: Date(), error: error.explanation.en) }
        }
        // TeamSync.run records how the sync went in the store (`recordSyncAttempt`) itself.
        return BackgroundSync { _ = try? TeamSync.run(store: store, address: address) }
    }
}
