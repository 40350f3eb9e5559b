import Foundation
import VisitDesk

/// The demo database of `visitdesk --demo`: its own file beside the default database.
enum DemoDatabase {
    static func path(environment: [String: String]) -> String {
        URL(fileURLWithPath: VisitStore.defaultPath(environment: environment.filter { $0.key != "VISITDESK_DB" }))
            .deletingLastPathComponent().appendingPathComponent("demo.sqlite").path
    }
}
