/// The version `visitdesk --version` prints; the one place it is written.
enum VisitDeskVersion {
    static let current = "0.11.0"
}
