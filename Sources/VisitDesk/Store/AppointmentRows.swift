import Foundation
import GRDB

/// The `appointment` table, derived from the case's records, that the worklist reads by day.
enum AppointmentRows {
    /// Writes the appointment as recorded (a new one, or a change to the one with its id), not cancelled.
    static func upsert(_ appointment: Appointment, caseID: Int64, encoder: JSONEncoder, db: Database) throws {
        let visitors = String(decoding: try encoder.encode(appointment.visitors), as: UTF8.self)
        try db.cachedStatement(sql: """
            INSERT INTO appointment (caseID, id, day, time, place, visitors, confirmed, cancelled) VALUES (?, ?, ?, ?, ?, ?, ?, 0)
            ON CONFLICT (caseID, id) DO UPDATE SET day = excluded.day, time = excluded.time, place = excluded.place,
                visitors = excluded.visitors, confirmed = excluded.confirmed, cancelled = 0
            """).execute(arguments: [caseID, appointment.id, appointment.day.description, appointment.time, appointment.place,
                                     visitors, appointment.confirmed])
    }

    /// Writes the case's appointments again from its records (own and other devices'), in the
    /// order they were recorded: when records of another device arrive among them.
    static func rebuild(caseID: Int64, from records: CaseRecords, db: Database) throws {
        let encoder = EventChain.encoder()
        try db.execute(sql: "DELETE FROM appointment WHERE caseID = ?", arguments: [caseID])
        for entry in records.appointmentsByID.values {
            try upsert(entry.value, caseID: caseID, encoder: encoder, db: db)
        }
        for id in records.cancelledAppointments.keys {
            try db.execute(sql: "UPDATE appointment SET cancelled = 1 WHERE caseID = ? AND id = ?", arguments: [caseID, id])
        }
    }
}
