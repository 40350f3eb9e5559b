import Foundation
import VisitDesk

/// Pushes this device's unacknowledged streams. It first reads the server's heads of them all
/// (`SyncServerHead`), so a sync cut off anywhere and run again neither sends an event twice
/// nor skips one: events the server holds with the same hashes are only acknowledged here.
/// The rest go in batches of up to `limits.batchSize` events spanning as many streams as fit
/// (`SyncPushBatch`: one transaction, a few statements, however many visits it holds), each
/// acknowledged here once committed; a stream longer than a batch goes in several, in order.
/// A stream the server refuses (a fork, a bad signature, a case no longer assigned) is
/// reported and the others go on: a refused batch of several streams is sent again one stream
/// per transaction, so the refusal names the stream at fault and the rest still land.
struct SyncPush {
    let store: VisitStore
    let server: ServerConnection
    let limits: SyncLimits

    /// What a push has done so far: transactions committed (`limits.maximumBatches` counts
    /// them), and streams refused, whose later events are not sent.
    private struct Progress {
        var transactions = 0
        var refused: Set<SyncStream> = []
    }

    /// Pushes every pending stream into `report`; false when the batch limit stopped it.
    func run(into report: inout SyncReport) throws(ServerError) -> Bool {
        let streams = try SyncLocalStore.run { () throws(StoreError) in try store.pendingStreams() }
        let heads = try SyncServerHead.read(of: streams, on: server)
        var progress = Progress()
        var batch = SyncPushBatch()
        for stream in streams {
            let head = heads[SyncServerHead.Key(stream)] ?? .absent
            var next: Int
            do {
                next = try resume(stream, from: head, report: &report)
            } catch ServerError.refused(let reason) {
                refuse(stream, reason: reason, progress: &progress, report: &report)
                continue
            }
            var startsVisit = !head.exists
            while next <= stream.eventCount, !progress.refused.contains(stream) {
                let events = try SyncLocalStore.run { () throws(StoreError) in
                    try store.signedEvents(of: stream, from: next, limit: limits.batchSize - batch.eventCount)
                }
                guard let last = events.last else { break }
                do {
                    batch.add(SyncPushPart(stream: stream, events: events, startsVisit: startsVisit, files: try evidence(of: events)))
                } catch ServerError.refused(let reason) {
                    refuse(stream, reason: reason, progress: &progress, report: &report)
                    break
                }
                startsVisit = false
                next = last.sequence + 1
                if batch.eventCount >= limits.batchSize || batch.evidenceSize >= SyncLimits.maximumEvidenceSize {
                    guard try commit(batch, progress: &progress, report: &report) else { return false }
                    batch = SyncPushBatch()
                }
            }
        }
        return try commit(batch, progress: &progress, report: &report)
    }

    /// Checks `stream` against the server's head of it and acknowledges here what the server
    /// already holds (a sync cut off before its acknowledgement was kept); returns the first
    /// sequence to send. Throws a refusal when the server's stream is not this desk's.
    private func resume(_ stream: SyncStream, from head: SyncServerHead, report: inout SyncReport) throws(ServerError) -> Int {
        if let owner = head.device, owner != stream.device.lowercased() {
            throw .refused(reason: "fork: \(stream.stream.name) belongs to device \(owner); device \(stream.device) may not extend it")
        }
        if head.count > stream.eventCount {
            throw .refused(reason: "fork: the server holds \(head.count) events of \(stream.stream.name) but this desk only \(stream.eventCount)")
        }
        if head.count > 0 {
            let local = try SyncLocalStore.run { () throws(StoreError) in try store.eventHash(of: stream, sequence: head.count) }
            guard local == head.hash else {
                throw .refused(reason: "fork: event \(head.count) of \(stream.stream.name) on the server is not this desk's event \(head.count)")
            }
        }
        if head.count > stream.pushedCount {
            try SyncLocalStore.run { () throws(StoreError) in try store.acknowledge(stream, through: head.count) }
            if head.count == stream.eventCount { report.acknowledgedWithoutSending += 1 }
        }
        return head.count + 1
    }

    /// Sends `batch` in one transaction and acknowledges its streams here once it committed.
    /// Refused, a batch of several streams goes again one stream per transaction. False when
    /// `limits.maximumBatches` transactions have committed: nothing more is sent.
    private func commit(_ batch: SyncPushBatch, progress: inout Progress, report: inout SyncReport) throws(ServerError) -> Bool {
        guard let first = batch.parts.first else { return true }
        if let maximum = limits.maximumBatches, progress.transactions >= maximum { return false }
        do {
            try batch.send(on: server)
        } catch ServerError.refused(let reason) {
            guard batch.parts.count > 1 else {
                refuse(first.stream, reason: reason, progress: &progress, report: &report)
                return true
            }
            for part in batch.parts {
                guard try commit(SyncPushBatch(part), progress: &progress, report: &report) else { return false }
            }
            return true
        }
        progress.transactions += 1
        try SyncLocalStore.run { () throws(StoreError) in try store.acknowledge(batch.parts.map { (stream: $0.stream, count: $0.lastSequence) }) }
        report.pushedEvents += batch.eventCount
        report.evidenceUploaded += batch.files.count
        return true
    }

    /// Reports `stream` as refused; none of its later events are sent in this sync.
    private func refuse(_ stream: SyncStream, reason: String, progress: inout Progress, report: inout SyncReport) {
        progress.refused.insert(stream)
        // Row-level security refuses a visit or record of a case this operator no longer holds.
        let explained = reason.contains("row-level security")
            ? reason + " (the case is not assigned to this operator, or was reassigned before this was recorded)" : reason
        report.refusals.append(SyncRefusal(subject: stream.described, device: stream.device, reason: explained))
    }

    /// The evidence files `events` attach, read from the evidence folder; a missing or
    /// too large one refuses the stream here, before anything of it is sent.
    private func evidence(of events: [SignedEvent]) throws(ServerError) -> [String: Data] {
        var files: [String: Data] = [:]
        for attachment in events.compactMap(\.attachment) where files[attachment.sha256] == nil {
            guard attachment.size <= SyncLimits.maximumEvidenceSize else {
                throw .refused(reason: "the evidence file \(attachment.name) is \(attachment.size) bytes, more than the 50 MB that travel")
            }
            guard let content = store.evidenceContent(sha256: attachment.sha256) else {
                throw .refused(reason: "the evidence file \(attachment.name) (\(attachment.sha256)) is missing from \(store.evidenceFolder.path) or changed")
            }
            files[attachment.sha256] = content
        }
        return files
    }
}
