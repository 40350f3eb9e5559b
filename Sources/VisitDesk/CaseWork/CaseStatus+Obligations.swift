extension CaseStatus {
    /// What the obligations of the case's latest promise or plan make of its status on `day`:
    /// kept once all of them are kept, broken once one is broken or partly kept; nil while they
    /// are pending, or when there are none.
    public static func following(_ obligations: [Obligation], on day: CalendarDay) -> CaseStatus? {
        guard let latestVisit = obligations.map(\.visitID).max() else { return nil }
        let latest = obligations.filter { $0.visitID == latestVisit }.map { $0.state(on: day) }
        if latest.allSatisfy({ $0 == .kept }) { return .kept }
        return latest.contains { $0 == .broken || $0 == .partlyKept } ? .broken : nil
    }

    /// The status as it stands on `day`: the stored one is written when something is recorded,
    /// so a promise that lapsed since shows as broken here before the next payments import
    /// stores it. Settled and closed cases keep their status.
    public func standing(with obligations: [Obligation], on day: CalendarDay) -> CaseStatus {
        guard [.promised, .planAgreed, .kept, .broken].contains(self) else { return self }
        return Self.following(obligations, on: day) ?? self
    }
}
