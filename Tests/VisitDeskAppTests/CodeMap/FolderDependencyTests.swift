import Foundation
import Testing

/// The folders of `VisitDeskApp` depend only downwards — Commands → Desk → Features →
/// Component → Services → Shared — and the feature folders never in a loop, so that each
/// can be read, and changed, from the top without the rest.
struct FolderDependencyTests {
    static let layers = ["Shared", "Services", "Component", "Features", "Desk", "Commands"]

    @Test func everyFolderUsesOnlyTheFoldersBelowIt() throws {
        let sources = try AppSources()
        for (folder, used) in sources.folderDependencies(level: 1) {
            let rank = try #require(Self.layers.firstIndex(of: folder), "\(folder) is not one of the known folders")
            for other in used {
                let otherRank = try #require(Self.layers.firstIndex(of: other))
                #expect(otherRank <= rank, "\(folder) uses \(other), which is above it: \(sources.why(folder, other, level: 1))")
            }
        }
    }

    @Test func featuresDependOnEachOtherWithoutLoops() throws {
        let sources = try AppSources()
        let graph = sources.folderDependencies(level: 2).filter { $0.key.hasPrefix("Features/") }
            .mapValues { $0.filter { $0.hasPrefix("Features/") } }
        for start in graph.keys {
            var seen: Set<String> = []
            var next = Array(graph[start] ?? [])
            while let folder = next.popLast() {
                #expect(folder != start, "\(start) depends on itself through \(folder)")
                if folder == start || !seen.insert(folder).inserted { continue }
                next += graph[folder] ?? []
            }
        }
    }
}

/// The app's Swift files, with comments and strings removed, and the types each folder declares.
private struct AppSources {
    var files: [(folder: [String], text: String)] = []

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/VisitDeskApp")
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let relative = url.path.dropFirst(root.path.count + 1).split(separator: "/").dropLast().map(String.init)
            files.append((relative, Self.code(of: try String(contentsOf: url, encoding: .utf8))))
        }
    }

    /// The text without comments and string literals, which may name types freely.
    static func code(of text: String) -> String {
        text.replacingOccurrences(of: #"//[^\n]*"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #""(?:[^"\\\n]|\\.)*""#, with: "\"\"", options: .regularExpression)
    }

    private func folder(_ path: [String], level: Int) -> String { path.prefix(level).joined(separator: "/") }

    /// Each declared type (and global function) with the folder that declares it.
    func declarations(level: Int) -> [String: String] {
        var owner: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: #"(?m)^(?:(?:public|private|fileprivate|internal|final)\s+)*(?:struct|enum|class|protocol|typealias|actor|func)\s+(\w+)"#)
        for file in files {
            let text = file.text as NSString
            for match in pattern.matches(in: file.text, range: NSRange(location: 0, length: text.length)) {
                owner[text.substring(with: match.range(at: 1))] = folder(file.folder, level: level)
            }
        }
        return owner
    }

    /// For each folder, the other folders whose types it names.
    func folderDependencies(level: Int) -> [String: Set<String>] {
        let owners = declarations(level: level)
        var uses: [String: Set<String>] = [:]
        for file in files {
            let here = folder(file.folder, level: level)
            for word in Set(words(file.text)) {
                if let other = owners[word], other != here { uses[here, default: []].insert(other) }
            }
        }
        return uses
    }

    /// Where `folder` names a type of `other`, for the failure message.
    func why(_ folder: String, _ other: String, level: Int) -> String {
        let owners = declarations(level: level)
        return files.filter { self.folder($0.folder, level: level) == folder }
            .flatMap { file in Set(words(file.text)).filter { owners[$0] == other } }
            .sorted().joined(separator: ", ")
    }

    private func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
    }
}
