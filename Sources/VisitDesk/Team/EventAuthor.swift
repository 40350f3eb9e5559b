/// Who recorded an event: the operator working the device, and the device, as the event was stamped.
public struct EventAuthor: Hashable, Sendable {
    /// `王磊/WF-0312`.
    public var operatorName: String
    /// The device's id (a UUID).
    public var device: String

    public init(operatorName: String, device: String) {
        self.operatorName = operatorName
        self.device = device
    }

    /// The device id's first 8 digits: enough to tell a team's devices apart on paper.
    public var shortDevice: String { Self.shortDevice(device) }

    /// The first 8 digits of the device id `device`.
    public static func shortDevice(_ device: String) -> String { String(device.prefix(8)) }
}
