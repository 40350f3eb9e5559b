import Foundation
import VisitDesk

// MERGE NOTE (branch team-desk): helper "sync" writes the real `TeamSync` and `SyncReport` in this
// same file; at the merge take theirs and drop this one. It exists only so that the desk's
// background sync (`DeskSync`) builds and can be tried before then: it reaches the server and
// records the try, but pushes and pulls nothing, so it never reports a sync that did not happen.

/// What a sync did.
public struct SyncReport: Sendable {}

public enum TeamSync {
    public static func run(store: VisitStore, address: ServerAddress, password: String? = nil,
                           now: Date = Date()) throws(ServerError) -> SyncReport {
        let failure: ServerError
        do throws(ServerError) {
            let connection = try ServerConnection.open(address, password: password)
            connection.close()
            failure = .refused(reason: "this build does not sync yet")
        } catch {
            failure = error
        }
        try? store.recordSyncAttempt(at: now, error: failure.explanation.en)
        throw failure
    }
}
