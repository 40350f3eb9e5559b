import Foundation

/// Files of the package the tests read: the fuzzer's full crash inputs, the shipped themes
/// and the README.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let crashDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The fuzzer's unminimised crash inputs, decoded as the callers decode them.
    static func fuzzerCrashes() throws -> [(name: String, text: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: crashDirectory.path).sorted()
        return try names.map { name in
            let data = try Data(contentsOf: crashDirectory.appendingPathComponent(name))
            return (name, String(decoding: data, as: UTF8.self))
        }
    }

    static func shippedThemes() throws -> [(name: String, text: String)] {
        let directory = packageRoot.appendingPathComponent("themes")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".toml") }.sorted()
        return try names.map { ($0, try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// Every ```toml block of the README: the config, theme and playbook examples.
    static func readmeTOMLBlocks() throws -> [String] {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var blocks: [String] = []
        var current: [Substring]?
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```toml" {
                current = []
            } else if let lines = current, line == "```" {
                blocks.append(lines.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }
}
