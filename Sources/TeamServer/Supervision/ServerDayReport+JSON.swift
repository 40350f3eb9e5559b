import Foundation
import VisitDesk

extension ServerDayReport {
    /// `{"date", "timeZone", "obligations": "agreedOnDay", "agents": [{"badge", "name",
    /// "conflicts": [{"case", "visits": [{"uid", "device", "badge", "startedAt"}]}], "report":
    /// <the agent's DayReport JSON>}]}`. Unsafe characters are escaped as `\uXXXX`.
    public func json() -> String {
        let agentsText = agents.map { agent in
            let conflicts = agent.conflicts.map { conflict in
                let visits = conflict.visits.map { visit in
                    "{\"uid\": \(Self.quoted(visit.uid)), \"device\": \(Self.quoted(visit.device)), \"badge\": \(Self.quoted(visit.badge)), "
                        + "\"startedAt\": \(Self.quoted(Timestamp.iso8601(visit.startedAt)))}"
                }
                return "{\"case\": \(Self.quoted(conflict.reference)), \"visits\": [\(visits.joined(separator: ", "))]}"
            }
            return "{\"badge\": \(Self.quoted(agent.badge)), \"name\": \(Self.quoted(agent.name)), "
                + "\"conflicts\": [\(conflicts.joined(separator: ", "))], \"report\": \(agent.report.json())}"
        }
        let text = "{\"date\": \(Self.quoted(day.description)), \"timeZone\": \(Self.quoted(timeZone.identifier)), "
            + "\"obligations\": \"agreedOnDay\", \"agents\": [\(agentsText.joined(separator: ",\n"))]}"
        return SafeText.escapingUnsafeScalars(inJSON: text)
    }

    private static func quoted(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
