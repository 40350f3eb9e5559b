/// How much the database holds.
public struct StoreStatistics: Hashable, Sendable {
    public var caseCount: Int
    public var visitCount: Int
    public var openVisitCount: Int
    public var eventCount: Int

    public init(caseCount: Int, visitCount: Int, openVisitCount: Int, eventCount: Int) {
        self.caseCount = caseCount
        self.visitCount = visitCount
        self.openVisitCount = openVisitCount
        self.eventCount = eventCount
    }
}
