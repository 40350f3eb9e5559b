import Foundation

/// Finds the folder of built-in playbook files without SwiftPM's generated `Bundle.module`,
/// which calls `fatalError` when the resource bundle is missing (an installed binary whose
/// `*.resources` folder was not copied along). Looks next to the running program first
/// (through symlinks), then in the source folder the build copied the files from.
enum BuiltInPlaybookFolder {
    /// SwiftPM's name for VisitDesk's resource bundle (`<package>_<target>`).
    #if canImport(Darwin)
    static let bundleName = "VisitDesk_VisitDesk.bundle"
    #else
    static let bundleName = "VisitDesk_VisitDesk.resources"
    #endif

    /// The folder inside the bundle, as `.copy("Playbooks/BuiltIn")` in Package.swift names it.
    static let folderName = "BuiltIn"

    /// Where the files were found, if anywhere, and every place looked at.
    struct Search: Sendable {
        var found: URL?
        var searched: [URL]
    }

    /// The folder for this process.
    static func located() -> Search {
        let executable = RunningProgram.executable
        let programFolders = [executable.deletingLastPathComponent(), executable.resolvingSymlinksInPath().deletingLastPathComponent()]
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(folderName, isDirectory: true)
        return search(programFolders: programFolders, sourceFolder: source)
    }

    /// The first of: `<program folder>/<bundle>/BuiltIn` (or `Contents/Resources/BuiltIn` in a
    /// macOS bundle) in each program folder, then `sourceFolder`; duplicates are looked at once.
    static func search(programFolders: [URL], sourceFolder: URL) -> Search {
        var candidates: [URL] = []
        for folder in programFolders {
            let bundle = folder.appendingPathComponent(bundleName, isDirectory: true)
            #if canImport(Darwin)
            candidates.append(bundle.appendingPathComponent("Contents/Resources/\(folderName)", isDirectory: true))
            #endif
            candidates.append(bundle.appendingPathComponent(folderName, isDirectory: true))
        }
        candidates.append(sourceFolder)
        var seen: Set<String> = []
        let unique = candidates.filter { seen.insert($0.standardizedFileURL.path).inserted }
        let found = unique.first { candidate in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        return Search(found: found, searched: unique)
    }
}
