/// Who is using the playbook: the visiting agent, or the debtor being visited.
public enum Role: String, Codable, Sendable, CaseIterable {
    case agent, debtor
}
