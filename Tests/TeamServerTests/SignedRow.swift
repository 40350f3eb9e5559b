import Foundation
@testable import TeamServer
import VisitDesk

/// SQL for a visit and its events as a device would push them: each event continues the chain
/// (hash = SHA-256(previous hash ‖ payload)) and is signed by `device`, so only row-level
/// security stands between it and the table.
struct SignedVisit {
    let uid = UUID().uuidString.lowercased()
    let caseReference: String
    let device: DeviceIdentity
    private(set) var headHash = ""
    private(set) var count = 0

    init(caseReference: String, device: DeviceIdentity) {
        self.caseReference = caseReference
        self.device = device
    }

    var insertVisit: String {
        "INSERT INTO visit (uid, case_reference, device, origin_id, started_at) VALUES ('\(uid)', '\(caseReference)', '\(device.deviceID)', 1, now())"
    }

    /// The INSERT of the next event, the chain's head moved past it.
    mutating func nextEvent() -> String {
        let payload = #"{"note":"at the door \#(count + 1)"}"#
        let hash = SHA256Hex.of(headHash + payload)
        let sequence = count + 1
        let signature = device.signature(of: EventSignature.message(
            stream: EventSignature.visitStream(uid), sequence: sequence, hash: hash, device: device.deviceID, operatorName: device.operatorName))
        headHash = hash
        count = sequence
        return """
            INSERT INTO visit_event (visit_uid, sequence, kind, at, payload, hash, operator_name, device, signature)
            VALUES ('\(uid)', \(sequence), 'note', now(), '\(payload)', '\(hash)', '\(device.operatorName)', '\(device.deviceID)', '\(signature)')
            """
    }
}
