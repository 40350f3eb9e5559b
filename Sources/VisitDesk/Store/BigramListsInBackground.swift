import Foundation

/// The two-character lists of cases (`CaseBigramLists`) with their ids written as JSON, made
/// on another thread while the writer's thread inserts the trigram documents
/// (`CaseSearch.index`): on two cores, Swift's work on the lists and SQLite's on the trigram
/// index overlap. The lists of a few cases (a sync adds one at a time) are made at once on
/// the caller's thread, cheaper than starting one.
final class BigramListsInBackground: @unchecked Sendable {
    /// Fewer cases than this are not worth a thread.
    static let casesForAThread = 1_000

    /// Written by the worker before it signals `done`, read only after `done` is waited for.
    private var lists: [(gram: String, caseIDs: String)] = []
    private let done = DispatchSemaphore(value: 0)

    /// Starts gathering the lists of `fieldsByCase` (`CaseSearch.bigramFields`), ids ascending.
    init(_ fieldsByCase: [(id: Int64, fields: [String])]) {
        guard fieldsByCase.count >= BigramListsInBackground.casesForAThread else {
            lists = BigramListsInBackground.gather(fieldsByCase)
            done.signal()
            return
        }
        Thread.detachNewThread { [self] in
            lists = BigramListsInBackground.gather(fieldsByCase)
            done.signal()
        }
    }

    /// Every gram with the JSON array of its case ids, once the worker is done.
    func wait() -> [(gram: String, caseIDs: String)] {
        done.wait()
        return lists
    }

    private static func gather(_ fieldsByCase: [(id: Int64, fields: [String])]) -> [(gram: String, caseIDs: String)] {
        var gathered = CaseBigramLists()
        for (id, fields) in fieldsByCase { gathered.add(fields, of: id) }
        return gathered.lists.map { ($0.gram, CaseSearch.jsonArray($0.caseIDs)) }
    }
}
