import Foundation

/// A visit as the team's server holds it: its case, the device and operator that recorded it,
/// and how far its chain of events has reached the server.
public struct ServerVisit: Sendable {
    /// The visit's global id.
    public var uid: String
    public var caseReference: String
    public var device: String
    public var badge: String
    public var operatorName: String
    public var startedAt: Date
    public var eventCount: Int
    public var lastEventAt: Date?
}
