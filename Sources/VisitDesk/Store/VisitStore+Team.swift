import GRDB

extension VisitStore {
    /// Stamps and signs, with this store's device, every event not signed yet (those written
    /// before the device had an identity); the count of events signed by this device in all.
    @discardableResult
    public func signUnsignedEvents() throws(StoreError) -> Int {
        guard let device else { return 0 }
        return try write { db in
            try DeviceStamp(device: device, db: db).stampNewEvents()
            let visitEvents = try Int.fetchOne(db, sql: "SELECT count(*) FROM visitEvent WHERE device = ?", arguments: [device.deviceID]) ?? 0
            let caseEvents = try Int.fetchOne(db, sql: "SELECT count(*) FROM caseEvent WHERE device = ?", arguments: [device.deviceID]) ?? 0
            return visitEvents + caseEvents
        }
    }
}
