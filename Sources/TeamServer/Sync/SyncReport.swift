import VisitDesk

/// What one sync did: what went up, what came down, what was refused and which visits conflict.
public struct SyncReport: Sendable {
    /// Events of this device the server accepted in this sync.
    public var pushedEvents = 0
    /// Streams (visits and case records) the server already held in full from an earlier sync
    /// that stopped before its acknowledgement was kept here: acknowledged now, nothing sent.
    public var acknowledgedWithoutSending = 0
    /// Other devices' visits new on this desk, and their events pulled (of new and known visits).
    public var pulledVisits = 0
    public var pulledEvents = 0
    /// Other devices' records of this operator's cases (contact attempts, appointments, payments…) pulled.
    public var pulledCaseRecords = 0
    public var casesAdded = 0
    public var casesUpdated = 0
    /// Cases reassigned away: their personal data removed here.
    public var casesWithdrawn = 0
    public var evidenceUploaded = 0
    public var evidenceDownloaded = 0
    /// This device's visits and case records on cases the server never sent (they stay here).
    public var localOnlyStreams = 0
    /// What could not move, each naming the visit (local id, global id, case) or case and the device.
    public var refusals: [SyncRefusal] = []
    /// Visits of one case by different devices on the same day, on this desk after the sync.
    public var conflicts: [SyncConflict] = []

    public init() {}

    /// Whether everything there was to move moved.
    public var isComplete: Bool { refusals.isEmpty }

    /// A few short lines, zh and en.
    public var summary: LocalizedText {
        LocalizedText(
            zh: "已上传 \(pushedEvents) 条事件；已下载 \(pulledVisits) 次其他设备的走访（\(pulledEvents) 条事件）和 \(pulledCaseRecords) 条案件记录；案件新增 \(casesAdded)、更新 \(casesUpdated)、收回 \(casesWithdrawn)；证据上传 \(evidenceUploaded)、下载 \(evidenceDownloaded)"
                + (localOnlyStreams > 0 ? "；\(localOnlyStreams) 项记录属于服务器上没有的案件，只留在本机" : "")
                + (refusals.isEmpty ? "" : "；\(refusals.count) 项被拒绝")
                + (conflicts.isEmpty ? "" : "；\(conflicts.count) 处冲突"),
            en: "pushed \(pushedEvents) events; pulled \(pulledVisits) visits of other devices (\(pulledEvents) events) and \(pulledCaseRecords) case records; cases added \(casesAdded), updated \(casesUpdated), withdrawn \(casesWithdrawn); evidence uploaded \(evidenceUploaded), downloaded \(evidenceDownloaded)"
                + (localOnlyStreams > 0 ? "; \(localOnlyStreams) streams are of cases the server does not hold and stay on this desk" : "")
                + (refusals.isEmpty ? "" : "; \(refusals.count) refused")
                + (conflicts.isEmpty ? "" : "; \(conflicts.count) conflicts"))
    }
}
