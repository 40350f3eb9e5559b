import Foundation

/// What `update` may ask of the world: the time and fresh ids. The run loop passes the live
/// ones; tests pass a fixed clock and counted ids, so an update is repeatable.
struct DeskEnvironment: Sendable {
    var now: @Sendable () -> Date
    var newID: @Sendable () -> String

    static let live = DeskEnvironment(now: { Date() }, newID: { UUID().uuidString })
}
