import Foundation
import VisitDesk

/// Walks the events of the server's streams in order (stream by stream, each by sequence) and
/// finds the first fault. Chains are checked as rows arrive; signatures, the costly part, in
/// batches spread over every core, and a batch is then read in order so the fault named is
/// always the first one.
struct StreamWalk {
    struct Device {
        var publicKey: String
        var badge: String
    }

    /// The head a stream's row keeps (`visit` or `case_stream`).
    struct Head {
        var stream: String
        var device: String
        var count: Int
        var hash: String
    }

    private enum Entry {
        case event(SignedEvent, fault: ServerChainProblem.Fault?, publicKey: String?)
        case problem(ServerChainProblem)
    }

    let devices: [String: Device]
    let batchSize: Int
    private var entries: [Entry] = []
    private var head: Head?
    private var lastSequence = 0
    private var lastHash = ""
    private(set) var verification = ServerVerification()

    init(devices: [String: Device], batchSize: Int = 8_192) {
        self.devices = devices
        self.batchSize = batchSize
    }

    var found: ServerChainProblem? { verification.firstProblem }

    /// Takes the next row: a stream's head and, unless the stream is empty, one of its events.
    mutating func take(_ rowHead: Head, event: SignedEvent?, isVisit: Bool) {
        if head?.stream != rowHead.stream || head?.device != rowHead.device {
            finishStream()
            head = rowHead
            lastSequence = 0
            lastHash = ""
            if isVisit { verification.visitStreams += 1 } else { verification.caseStreams += 1 }
        }
        guard let event else { return }
        verification.events += 1
        let device = devices[event.device]
        var fault: ServerChainProblem.Fault?
        if event.sequence != lastSequence + 1 {
            fault = .gap(expected: lastSequence + 1)
        } else if event.device != rowHead.device {
            fault = .foreignDevice(streamDevice: rowHead.device)
        } else if !event.continues(lastHash) {
            fault = .brokenChain
        } else if let device, !event.operatorName.hasSuffix("/" + device.badge) {
            fault = .wrongOperator(operatorName: event.operatorName, badge: device.badge)
        } else if device == nil {
            fault = .unknownDevice
        }
        entries.append(.event(event, fault: fault, publicKey: device?.publicKey))
        lastSequence = event.sequence
        lastHash = event.hash
        if entries.count >= batchSize { flush() }
    }

    /// Ends the walk: the last stream's head, then what is left of the batch.
    mutating func finish() {
        finishStream()
        flush()
    }

    private mutating func finishStream() {
        guard let head else { return }
        if head.count != lastSequence || head.hash != lastHash {
            entries.append(.problem(ServerChainProblem(stream: head.stream, sequence: lastSequence, device: head.device,
                                                       fault: .headMismatch(count: head.count, headHash: head.hash, lastSequence: lastSequence, lastHash: lastHash))))
        }
        self.head = nil
    }

    /// Checks the batch's signatures in parallel, then records its first fault.
    private mutating func flush() {
        guard found == nil, !entries.isEmpty else {
            entries.removeAll(keepingCapacity: true)
            return
        }
        let batch = entries
        entries.removeAll(keepingCapacity: true)
        let valid = SignatureBatch(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: ProcessInfo.processInfo.activeProcessorCount) { worker in
            let workers = ProcessInfo.processInfo.activeProcessorCount
            for index in stride(from: worker, to: batch.count, by: workers) {
                if case .event(let event, nil, let publicKey?) = batch[index] {
                    valid.set(index, event.isSigned(by: publicKey))
                }
            }
        }
        for (index, entry) in batch.enumerated() {
            switch entry {
            case .problem(let problem):
                verification.firstProblem = problem
            case .event(let event, let fault, _):
                guard let fault = fault ?? (valid.get(index) ? nil : .badSignature) else { continue }
                verification.firstProblem = ServerChainProblem(stream: event.stream.name, sequence: event.sequence, device: event.device, fault: fault)
            }
            if found != nil { return }
        }
    }
}

/// One flag per event of a batch, written by the workers (each its own indexes) and read after.
private final class SignatureBatch: @unchecked Sendable {
    private var flags: UnsafeMutableBufferPointer<Bool>

    init(count: Int) {
        flags = .allocate(capacity: count)
        flags.initialize(repeating: false)
    }

    deinit { flags.deallocate() }

    func set(_ index: Int, _ value: Bool) { flags[index] = value }
    func get(_ index: Int) -> Bool { flags[index] }
}
