import Foundation

/// A small generated file the demo keeps as evidence of one of its visits, attached a few
/// minutes after that visit ended, as an agent does once back in the car.
public struct DemoEvidence: Sendable {
    /// The `LoanCase.reference` of the visited case (its first demo visit gets the file).
    public var caseReference: String
    public var name: String
    public var caption: String
    public var contents: Data

    /// A recording and a signed letter, on the first two agent visits.
    public static let all: [DemoEvidence] = [
        DemoEvidence(caseReference: "HB-2025-0113", name: "录音-开场.wav",
                     caption: "开场告知录音（示例：半秒静音）", contents: silentRecording(seconds: 0.5)),
        DemoEvidence(caseReference: "JB-2025-0207", name: "还款承诺书.txt",
                     caption: "债务人签字的承诺书（示例文本）", contents: Data("""
                         还款承诺书（演示数据）
                         本人李娜承诺按约定日期还款。
                         签字：李娜
                         """.utf8)),
    ]

    /// A mono 8 kHz 8-bit PCM WAV file of silence: a real, playable recording of a few KB.
    static func silentRecording(seconds: Double) -> Data {
        let rate = 8_000
        let samples = Int(Double(rate) * seconds)
        var data = Data("RIFF".utf8)
        func append32(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { data.append(contentsOf: $0) } }
        func append16(_ value: Int) { withUnsafeBytes(of: UInt16(value).littleEndian) { data.append(contentsOf: $0) } }
        append32(36 + samples)
        data.append(contentsOf: Array("WAVEfmt ".utf8))
        append32(16)
        append16(1) // PCM
        append16(1) // mono
        append32(rate)
        append32(rate) // bytes per second
        append16(1) // block align
        append16(8) // bits per sample
        data.append(contentsOf: Array("data".utf8))
        append32(samples)
        data.append(Data(repeating: 128, count: samples))
        return data
    }
}
