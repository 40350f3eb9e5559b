import Foundation
import GRDB

/// A row of the `visitEvent` table. `payload` is the canonical encoding that `hash` covers.
struct EventRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "visitEvent"

    var visitID: Int64
    var sequence: Int
    var kind: String
    var at: Date
    var payload: String
    var hash: String
}
