import Foundation
import Testing
import TestSupport

/// `scripts/install PREFIX` as a user runs it: a release build installed under a prefix,
/// run from there.
@Suite struct InstallEndToEndTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theInstalledCommandRunsWithItsManPageCompletionsAndThemes() throws {
        guard Self.find("swift") != nil else {
            try Test.cancel("no swift on PATH: the release build scripts/install needs is impossible here")
        }
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        var environment = ProcessInfo.processInfo.environment
        // `swift test` holds the lock of .build: the release build goes to its own folder, kept between runs.
        environment["VISITDESK_SCRATCH_PATH"] = Self.packageRoot.appendingPathComponent(".build/install-test").path
        // At the lowest priority: the release build runs beside the timed end-to-end tests and
        // must not starve them.
        let install = try Subprocess.run(["nice", "-n", "19", "/bin/bash", Self.packageRoot.appendingPathComponent("scripts/install").path, prefix.path],
                                         environment: environment, timeout: 3_600)
        #expect(install.status == 0, "\(install.errors.suffix(2_000))")
        let binary = prefix.appendingPathComponent("bin/visitdesk").path

        let version = try Subprocess.run([binary, "--version"])
        #expect(version.status == 0)
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3, "\(version.output)")

        let playbooks = try Subprocess.run([binary, "playbooks"], environment: environment)
        #expect(playbooks.status == 0, "\(playbooks.errors)")
        #expect(playbooks.output.contains("agent"), "\(playbooks.output)")

        for (path, mark) in [("share/bash-completion/completions/visitdesk", "visitdesk"), ("share/zsh/site-functions/_visitdesk", "#compdef visitdesk"),
                             ("share/fish/vendor_completions.d/visitdesk.fish", "complete -c 'visitdesk'")] {
            let text = try String(contentsOf: prefix.appendingPathComponent(path), encoding: .utf8)
            #expect(text.contains(mark), "\(path)")
        }

        var manEnvironment = environment
        manEnvironment["MANWIDTH"] = "80"
        manEnvironment["MANPAGER"] = "cat"
        let man = try Subprocess.run(["man", "-l", prefix.appendingPathComponent("share/man/man1/visitdesk.1").path], environment: manEnvironment)
        #expect(man.status == 0, "\(man.errors)")
        #expect(man.output.contains("NAME"), "\(man.output.prefix(500))")
        #expect(man.output.contains("visitdesk"))

        // Themes are found beside the installed binary, not only in the source tree.
        let extra = prefix.appendingPathComponent("share/visitdesk/themes/installed-extra.toml")
        try FileManager.default.copyItem(at: prefix.appendingPathComponent("share/visitdesk/themes/mono.toml"), to: extra)
        environment["XDG_CONFIG_HOME"] = prefix.appendingPathComponent("config").path
        let themes = try Subprocess.run([binary, "themes"], environment: environment)
        #expect(themes.output.contains("installed-extra"), "\(themes.output)")
    }

    private static func find(_ program: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
