import GRDB

/// The store-wide chain: every committed event, in commit order, linked to the entry before it.
/// A visit's own chain shows that its events are whole; the ledger shows that the visits are:
/// a visit deleted, cut short, reordered or swapped for another breaks it. A case event's entry
/// has visit id 0 and names its case.
enum Ledger {
    /// The hash of one entry: SHA-256 of the previous entry's hash followed by `visitID/sequence/eventHash`.
    static func hash(previous: String, visitID: Int64, sequence: Int, eventHash: String) -> String {
        EventChain.hash(previous: previous, payload: "\(visitID)/\(sequence)/\(eventHash)")
    }

    /// The hash of a case event's entry: as a visit event's, over `case/caseID/sequence/eventHash`.
    static func hash(previous: String, caseID: Int64, sequence: Int, eventHash: String) -> String {
        EventChain.hash(previous: previous, payload: "case/\(caseID)/\(sequence)/\(eventHash)")
    }

    /// Appends the entry for a just-written case event, inside the same transaction.
    static func append(caseID: Int64, sequence: Int, eventHash: String, db: Database) throws {
        let (position, previous) = try last(db: db)
        try db.cachedStatement(sql: """
            INSERT INTO ledger (position, visitID, caseID, sequence, eventHash, previousHash, hash) VALUES (?, 0, ?, ?, ?, ?, ?)
            """).execute(arguments: [position, caseID, sequence, eventHash, previous,
                                     hash(previous: previous, caseID: caseID, sequence: sequence, eventHash: eventHash)])
    }

    /// The hash of the entry of another device's record of a case, pulled by sync:
    /// as a case event's, over `case/caseID/device/sequence/eventHash`.
    static func hash(previous: String, caseID: Int64, device: String, sequence: Int, eventHash: String) -> String {
        EventChain.hash(previous: previous, payload: "case/\(caseID)/\(device)/\(sequence)/\(eventHash)")
    }

    /// Appends the entry for another device's record of a case, inside the transaction that stores it.
    static func append(caseID: Int64, device: String, sequence: Int, eventHash: String, db: Database) throws {
        let (position, previous) = try last(db: db)
        try db.cachedStatement(sql: """
            INSERT INTO ledger (position, visitID, caseID, device, sequence, eventHash, previousHash, hash) VALUES (?, 0, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [position, caseID, device, sequence, eventHash, previous,
                                     hash(previous: previous, caseID: caseID, device: device, sequence: sequence, eventHash: eventHash)])
    }

    /// The position the next entry takes and the hash it follows.
    private static func last(db: Database) throws -> (position: Int64, previous: String) {
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT position, hash FROM ledger ORDER BY position DESC LIMIT 1"))
        return ((last?[0] ?? 0) + 1, last?[1] ?? "")
    }

    /// Appends the entry for a just-written event, inside the same transaction.
    static func append(visitID: Int64, sequence: Int, eventHash: String, db: Database) throws {
        let (position, previous) = try last(db: db)
        try db.cachedStatement(sql: """
            INSERT INTO ledger (position, visitID, sequence, eventHash, previousHash, hash) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [position, visitID, sequence, eventHash, previous,
                                     hash(previous: previous, visitID: visitID, sequence: sequence, eventHash: eventHash)])
    }

    /// Fills the ledger of a database whose events were never chained store-wide: in the order
    /// (visit id, sequence), since their commit order across visits was not recorded.
    static func build(db: Database) throws {
        let events = try Row.fetchCursor(db, sql: "SELECT visitID, sequence, hash FROM visitEvent ORDER BY visitID, sequence")
        while let event = try events.next() {
            try append(visitID: event[0], sequence: event[1], eventHash: event[2], db: db)
        }
    }
}
