// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "VisitDesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "visitdesk", targets: ["VisitDeskMain"]),
        .executable(name: "VisitDeskBench", targets: ["VisitDeskBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // The team's shared store: PostgreSQL, and TLS for `sslmode=require`.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // The only C: ncursesw with the wide-character API (see shim.h).
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Pango laid out on Cairo's PDF surface, and libqrencode; only RecordPDF imports it.
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev", "libqrencode-dev"])]
        ),
        // The printed record: a RecordDocument laid out as a PDF.
        .target(name: "RecordPDF", dependencies: ["CPangoCairo", "VisitDesk"]),
        // A strict syntax check in front of TOMLKit, whose parser aborts on some malformed TOML;
        // the one way TOML text is parsed, and the one TOML key locator.
        .target(name: "TOMLGate", dependencies: ["TOMLKit"]),
        // Terminal toolkit; knows nothing about visits.
        .target(
            name: "TUI",
            dependencies: ["CNcurses", "TOMLKit", "TOMLGate"]
        ),
        // Domain model and store; knows nothing about terminals.
        .target(
            name: "VisitDesk",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                "TOMLKit",
                "TOMLGate",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // The built-in playbooks, as TOML files a user could write (see BuiltInPlaybooks).
            resources: [.copy("Playbooks/BuiltIn")]
        ),
        // The team's PostgreSQL server: its schema, operators and devices, and sync; the only
        // code that talks to PostgreSQL.
        .target(
            name: "TeamServer",
            dependencies: [
                "VisitDesk",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // Commands, screens and the app state of the `visitdesk` executable.
        .target(
            name: "VisitDeskApp",
            dependencies: [
                "TUI", "VisitDesk", "RecordPDF", "TeamServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "VisitDeskMain", dependencies: ["VisitDeskApp"]),
        .executableTarget(
            name: "VisitDeskBench",
            dependencies: ["VisitDesk", "VisitDeskApp", "TUI", "RecordPDF", "TeamServer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           // Only to write the worklist's million obligations as rows, as the store would derive them.
                           .product(name: "GRDB", package: "GRDB.swift")]),
        // Draws a known frame through NcursesBackend for the real-terminal test (tmux).
        .executableTarget(name: "TUIHarness", dependencies: ["TUI"]),
        // CNcurses only for glibc's wcwidth, which the width tests compare against.
        .testTarget(name: "TOMLGateTests", dependencies: ["TOMLGate", "TOMLKit"], exclude: ["Fixtures"]),
        .testTarget(name: "TUITests", dependencies: ["TUI", "CNcurses", "TestSupport", "TUIHarness"], exclude: ["Golden"]),
        .testTarget(
            name: "VisitDeskTests",
            dependencies: ["VisitDesk", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "VisitDeskAppTests", dependencies: ["VisitDeskApp", "TUI", "VisitDesk", "TestSupport", "VisitDeskMain"],
            exclude: ["Golden"]),
        // Helpers shared by test targets: tmux sessions on built binaries, golden screens and texts.
        .target(name: "TestSupport", dependencies: ["TUI"], path: "Tests/TestSupport"),
        // Test targets that run a built executable depend on it, so that building the tests
        // always builds it first.
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "VisitDeskMain"]),
        .testTarget(name: "RecordPDFTests", dependencies: ["RecordPDF", "VisitDesk", "TestSupport"]),
        // Against a private PostgreSQL cluster that the tests start themselves (scripts/pg-test-cluster).
        .testTarget(name: "TeamServerTests", dependencies: ["TeamServer", "VisitDesk", "TestSupport", "VisitDeskMain"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets, built only by scripts/fuzz (which sets VISITDESK_FUZZ=1 and builds with
// --sanitize=fuzzer): they have no main of their own, so a normal build never sees them.
if Context.environment["VISITDESK_FUZZ"] == "1" {
    let fuzzTargets: [(name: String, folder: String, dependencies: [Target.Dependency])] = [
        ("FuzzCSVImport", "csv", ["VisitDesk"]),
        ("FuzzMoneyDate", "money-date", ["VisitDesk"]),
        ("FuzzTheme", "theme", ["TUI"]),
        ("FuzzPlaybook", "playbook", ["VisitDesk"]),
    ]
    for target in fuzzTargets {
        package.targets.append(.executableTarget(
            name: target.name, dependencies: target.dependencies, path: "Tests/Fuzz/\(target.folder)", exclude: ["corpus", "dictionary"]))
    }
}
