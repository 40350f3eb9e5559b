import GRDB

/// Stamps events with this device's operator, id and signature, inside the transaction that
/// wrote them: every ledger entry after `teamState.stampedThrough` whose event is unsigned.
/// Events written before the device had an identity are stamped by the first write after it
/// (or by `init --operator`); events and records synced from other devices arrive signed and are left alone.
struct DeviceStamp {
    let device: DeviceIdentity
    let db: Database

    func stampNewEvents() throws {
        let through = try Int64.fetchOne(db.cachedStatement(sql: "SELECT stampedThrough FROM teamState WHERE id = 1")) ?? 0
        let entries = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT position, visitID, caseID, sequence, device FROM ledger WHERE position > ? ORDER BY position
            """), arguments: [through])
        guard let last = entries.last else { return }
        // Entries naming a device are other devices' records of cases, which arrive signed.
        for entry in entries where entry[4] as String? == nil {
            let visitID: Int64 = entry[1]
            let caseID: Int64? = entry[2]
            let sequence: Int = entry[3]
            if visitID == 0, let caseID {
                try stampCaseEvent(caseID: caseID, sequence: sequence)
            } else {
                try stampVisitEvent(visitID: visitID, sequence: sequence)
            }
        }
        try db.cachedStatement(sql: "UPDATE teamState SET stampedThrough = ?, device = coalesce(device, ?) WHERE id = 1")
            .execute(arguments: [last[0], device.deviceID])
    }

    private func stampVisitEvent(visitID: Int64, sequence: Int) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT e.hash, v.uid FROM visitEvent e JOIN visit v ON v.id = e.visitID
            WHERE e.visitID = ? AND e.sequence = ? AND e.signature IS NULL AND NOT v.remote
            """), arguments: [visitID, sequence]) else { return }
        let signature = device.signature(of: EventSignature.message(
            stream: EventSignature.visitStream(row[1]), sequence: sequence, hash: row[0], device: device.deviceID,
            operatorName: device.operatorName))
        try db.cachedStatement(sql: "UPDATE visitEvent SET operatorName = ?, device = ?, signature = ? WHERE visitID = ? AND sequence = ?")
            .execute(arguments: [device.operatorName, device.deviceID, signature, visitID, sequence])
        try db.cachedStatement(sql: "UPDATE visit SET device = ? WHERE id = ? AND device IS NULL")
            .execute(arguments: [device.deviceID, visitID])
    }

    private func stampCaseEvent(caseID: Int64, sequence: Int) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT e.hash, c.reference FROM caseEvent e JOIN loanCase c ON c.id = e.caseID
            WHERE e.caseID = ? AND e.sequence = ? AND e.signature IS NULL
            """), arguments: [caseID, sequence]) else { return }
        let signature = device.signature(of: EventSignature.message(
            stream: EventSignature.caseStream(row[1]), sequence: sequence, hash: row[0], device: device.deviceID,
            operatorName: device.operatorName))
        try db.cachedStatement(sql: "UPDATE caseEvent SET operatorName = ?, device = ?, signature = ? WHERE caseID = ? AND sequence = ?")
            .execute(arguments: [device.operatorName, device.deviceID, signature, caseID, sequence])
    }
}
