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
    /// Who recorded it, on which device, and that device's signature (`EventSignature`); nil
    /// until the device has an identity and `DeviceStamp` signs it.
    var operatorName: String?
    var device: String?
    var signature: String?

    /// The stamp's columns are written only when set, so a row can also be written to a database
    /// from before `v6-team` (the migration tests build such databases).
    func encode(to container: inout PersistenceContainer) throws {
        container["visitID"] = visitID
        container["sequence"] = sequence
        container["kind"] = kind
        container["at"] = at
        container["payload"] = payload
        container["hash"] = hash
        if let operatorName { container["operatorName"] = operatorName }
        if let device { container["device"] = device }
        if let signature { container["signature"] = signature }
    }
}
