/// Why a list of events does not make a visit.
public enum VisitFoldError: Error, Equatable, CustomStringConvertible, Sendable {
    case noEvents
    case doesNotStartWithStarted(visitID: Int64, firstSequence: Int)

    public var description: String {
        switch self {
        case .noEvents:
            "a visit needs at least its \"started\" event"
        case .doesNotStartWithStarted(let visitID, let sequence):
            "visit \(visitID) does not begin with a \"started\" event (its first event is number \(sequence))"
        }
    }
}
