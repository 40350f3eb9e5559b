/// One device's stream of a case's records: the case's reference and the device id (lower-case).
public struct SyncStreamKey: Hashable, Sendable {
    public var caseReference: String
    public var device: String

    public init(caseReference: String, device: String) {
        self.caseReference = caseReference
        self.device = device.lowercased()
    }
}
