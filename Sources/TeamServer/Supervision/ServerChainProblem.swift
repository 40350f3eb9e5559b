import VisitDesk

/// The first thing found wrong on the server by `ServerVerifier`: where (stream, sequence,
/// device) and what.
public struct ServerChainProblem: Hashable, Sendable {
    public enum Fault: Hashable, Sendable {
        /// The stream's sequences do not run 1, 2, 3…: `expected` was next.
        case gap(expected: Int)
        /// The hash is not SHA-256 of the previous hash followed by the payload (the payload or a hash was changed).
        case brokenChain
        /// The event's device is not the stream's: another device extended it.
        case foreignDevice(streamDevice: String)
        /// The device is not enrolled on the server.
        case unknownDevice
        /// The signature is not the device's over the event.
        case badSignature
        /// The operator named is not the device's operator.
        case wrongOperator(operatorName: String, badge: String)
        /// The stream's head (count and hash kept on the visit or case stream row) is not its last event.
        case headMismatch(count: Int, headHash: String, lastSequence: Int, lastHash: String)
    }

    /// `visit/<uid>` or `case/<reference>`.
    public var stream: String
    /// The event's sequence (for a head mismatch, the stream's last).
    public var sequence: Int
    public var device: String
    public var fault: Fault

    public var explanation: LocalizedText {
        let at = LocalizedText(zh: "\(stream) 第 \(sequence) 条（设备 \(device)）", en: "\(stream) event \(sequence) (device \(device))")
        let what: LocalizedText = switch fault {
        case .gap(let expected):
            LocalizedText(zh: "序号不连续，应为 \(expected)", en: "the sequence breaks: \(expected) was expected")
        case .brokenChain:
            LocalizedText(zh: "哈希不是前一条哈希与内容的 SHA-256：内容或哈希被改动过", en: "its hash is not SHA-256 of the previous hash and its payload: the payload or a hash was changed")
        case .foreignDevice(let streamDevice):
            LocalizedText(zh: "该流属于设备 \(streamDevice)", en: "the stream belongs to device \(streamDevice)")
        case .unknownDevice:
            LocalizedText(zh: "设备未在服务器登记", en: "the device is not enrolled on the server")
        case .badSignature:
            LocalizedText(zh: "签名无效", en: "the signature is not valid")
        case .wrongOperator(let operatorName, let badge):
            LocalizedText(zh: "记录人 \(operatorName) 不是该设备的操作员 \(badge)", en: "the operator \(operatorName) is not the device's operator \(badge)")
        case .headMismatch(let count, let headHash, let lastSequence, let lastHash):
            LocalizedText(zh: "流头记录 \(count) 条、哈希 \(headHash.prefix(12))，但最后一条是第 \(lastSequence) 条、哈希 \(lastHash.prefix(12))",
                          en: "its head says \(count) events ending in \(headHash.prefix(12)), but the last is event \(lastSequence) ending in \(lastHash.prefix(12))")
        }
        return LocalizedText(zh: SafeText.neutralised("\(at.zh)：\(what.zh)"), en: SafeText.neutralised("\(at.en): \(what.en)"))
    }
}
