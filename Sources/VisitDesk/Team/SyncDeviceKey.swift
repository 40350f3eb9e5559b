/// A device of the team and the public key its events are checked with.
public struct SyncDeviceKey: Hashable, Sendable {
    public var id: String
    public var badge: String
    public var publicKey: String

    public init(id: String, badge: String, publicKey: String) {
        self.id = id
        self.badge = badge
        self.publicKey = publicKey
    }
}
