import Foundation
import GRDB

/// A row of the `caseEvent` table. `payload` is the canonical encoding that `hash` covers.
struct CaseEventRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "caseEvent"

    var caseID: Int64
    var sequence: Int
    var kind: String
    var at: Date
    var payload: String
    var hash: String
    /// As `EventRecord`'s: who, on which device, signed.
    var operatorName: String?
    var device: String?
    var signature: String?
}
