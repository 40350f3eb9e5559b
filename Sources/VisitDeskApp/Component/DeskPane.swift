/// The four panes of the desk, in Tab order.
enum DeskPane: Int, CaseIterable, Sendable {
    case cases = 1, stage, checklist, notes
}
