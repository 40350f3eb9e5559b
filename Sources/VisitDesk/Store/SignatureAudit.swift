import Foundation
import GRDB

/// Checks every stamped event's signature against its device's key: this device's own (from its
/// identity) or another's (`teamDevice`). Events recorded before the device had an identity carry
/// no operator, device or signature and are not checked; an event with any of them must carry a
/// valid signature of a known device.
struct SignatureAudit {
    let db: Database
    let device: DeviceIdentity?

    func run() throws -> [SignatureProblem] {
        var keys = Dictionary(try Row.fetchAll(db, sql: "SELECT id, publicKey FROM teamDevice").map { row -> (String, String) in (row[0], row[1]) },
                              uniquingKeysWith: { first, _ in first })
        if let device { keys[device.deviceID] = device.publicKey }
        var problems: [SignatureProblem] = []
        let visitEvents = try Row.fetchCursor(db, sql: """
            SELECT v.id, v.uid, e.sequence, e.hash, e.device, e.operatorName, e.signature
            FROM visitEvent e JOIN visit v ON v.id = e.visitID
            WHERE e.device IS NOT NULL OR e.operatorName IS NOT NULL OR e.signature IS NOT NULL
            ORDER BY v.id, e.sequence
            """)
        while let row = try visitEvents.next() {
            let visitID: Int64 = row[0]
            if let problem = check(row, stream: EventSignature.visitStream(row[1]), subject: "visit \(visitID)", keys: keys) {
                problems.append(problem)
            }
        }
        // This desk's records of cases, then other devices' (every one of which is signed).
        let caseEvents = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.reference, e.sequence, e.hash, e.device, e.operatorName, e.signature
            FROM caseEvent e JOIN loanCase c ON c.id = e.caseID
            WHERE e.device IS NOT NULL OR e.operatorName IS NOT NULL OR e.signature IS NOT NULL
            UNION ALL
            SELECT c.id, c.reference, e.sequence, e.hash, e.device, e.operatorName, e.signature
            FROM remoteCaseEvent e JOIN loanCase c ON c.id = e.caseID
            ORDER BY 1, 5, 3
            """)
        while let row = try caseEvents.next() {
            let reference: String = row[1]
            if let problem = check(row, stream: EventSignature.caseStream(reference),
                                   subject: "case \(SafeText.neutralised(reference))", keys: keys) {
                problems.append(problem)
            }
        }
        return problems
    }

    private func check(_ row: Row, stream: String, subject: String, keys: [String: String]) -> SignatureProblem? {
        let sequence: Int = row[2]
        let hash: String = row[3]
        let device: String = row[4] ?? ""
        let operatorName: String = row[5] ?? ""
        let problem = { (kind: SignatureProblem.Kind) in
            SignatureProblem(subject: subject, sequence: sequence, device: device, operatorName: operatorName, kind: kind)
        }
        guard let key = keys[device] else { return problem(.unknownDevice) }
        guard let signature: String = row[6],
              EventSignature.isValid(signature: signature, publicKey: key, message: EventSignature.message(
                stream: stream, sequence: sequence, hash: hash, device: device, operatorName: operatorName)) else {
            return problem(.badSignature)
        }
        return nil
    }
}
