/// What `ServerVerifier` checked, and the first problem it found (it stops there).
public struct ServerVerification: Hashable, Sendable {
    public var visitStreams = 0
    public var caseStreams = 0
    public var events = 0
    public var firstProblem: ServerChainProblem?

    public var isIntact: Bool { firstProblem == nil }
}
