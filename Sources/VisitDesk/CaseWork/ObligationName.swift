/// How a desk names an obligation: `V<visit>-<number>`, the visit that agreed it by the desk's own
/// number of it, and the obligation's place among that visit's terms (1, 2…).
public struct ObligationName: Hashable, Sendable, CustomStringConvertible {
    public var visitNumber: Int64
    public var number: Int

    public init(visitNumber: Int64, number: Int) {
        self.visitNumber = visitNumber
        self.number = number
    }

    /// Reads `V7-2`; nil for anything else.
    public init?(_ text: String) {
        guard text.hasPrefix("V"), let dash = text.firstIndex(of: "-"),
              let visitNumber = Int64(text[text.index(after: text.startIndex)..<dash]),
              let number = Int(text[text.index(after: dash)...]), visitNumber > 0, number > 0 else { return nil }
        self.init(visitNumber: visitNumber, number: number)
    }

    public var description: String { "V\(visitNumber)-\(number)" }
}
