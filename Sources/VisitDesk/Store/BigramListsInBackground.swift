import Foundation

/// The two-character lists of cases (`CaseBigramLists`) with their ids written as JSON, made
/// on another thread while the writer's thread inserts the trigram documents
/// (`CaseSearch.index`): on two cores, Swift's work on the lists and SQLite's on the trigram
/// index overlap.
final class BigramListsInBackground: @unchecked Sendable {
    /// Written by the worker before it signals `done`, read only after `done` is waited for.
    private var lists: [(gram: String, caseIDs: String)] = []
    private let done = DispatchSemaphore(value: 0)

    /// Starts gathering the lists of `fieldsByCase` (`CaseSearch.bigramFields`), ids ascending.
    init(_ fieldsByCase: [(id: Int64, fields: [String])]) {
        Thread.detachNewThread { [self] in
            var gathered = CaseBigramLists()
            for (id, fields) in fieldsByCase { gathered.add(fields, of: id) }
            lists = gathered.lists.map { ($0.gram, CaseSearch.jsonArray($0.caseIDs)) }
            done.signal()
        }
    }

    /// Every gram with the JSON array of its case ids, once the worker is done.
    func wait() -> [(gram: String, caseIDs: String)] {
        done.wait()
        return lists
    }
}
