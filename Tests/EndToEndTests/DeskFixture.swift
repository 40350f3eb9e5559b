import Foundation
import TestSupport

/// A private home, XDG folders, database with three imported cases and a fake `$EDITOR`, for
/// driving the built `visitdesk` in tmux.
final class DeskFixture {
    let root: URL
    let database: String
    let binary: String
    var environment: [String: String]

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-e2e-\(UUID().uuidString)")
        let bin = root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        database = root.appendingPathComponent("data/desk.sqlite").path
        binary = try BuiltProducts.path("visitdesk")
        environment = [
            "HOME": root.path,
            "XDG_DATA_HOME": root.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
            "VISITDESK_DB": database,
            "PATH": bin.path + ":/usr/bin:/bin",
            "EDITOR": bin.appendingPathComponent("fake-editor").path,
        ]
        environment.removeValue(forKey: "VISUAL")
        try Self.script("printf '%s\\n' '编辑器里写的长记录：债务人同意下周一先还两千元。' > \"$1\"\n", at: bin.appendingPathComponent("fake-editor"))
        let csv = root.appendingPathComponent("cases.csv")
        try Data("""
        编号,姓名,电话,身份证号,地址,产品,欠款金额,逾期天数
        HB-2026-0101,李娜,13800138001,110101199003074514,北京市朝阳区建国路88号3单元502,花呗,"62,120.70",120
        JB-2026-0102,王建国,13900139002,310101198512125677,上海市浦东新区世纪大道100号,借呗,8300,45
        HB-2026-0103,赵敏,13700137003,440103199210105431,广州市天河区体育西路1号,花呗,450.5,12

        """.utf8).write(to: csv)
        try run(["import", csv.path])
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Runs a non-interactive command; throws with its stderr when it fails.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let result = try Subprocess.run([binary] + arguments, environment: environment)
        guard result.status == 0 else {
            throw CommandFailed(arguments: arguments, status: result.status, stderr: result.errors)
        }
        return result.output
    }

    /// Opens the desk in tmux, in English unless told otherwise, and waits for the case list
    /// (its first name: at 80 columns the rows leave the reference out).
    func openDesk(width: Int = 120, height: Int = 40, arguments: [String] = ["--lang", "en"], extra: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession([binary] + arguments, width: width, height: height,
                                      environment: environment.merging(extra) { $1 })
        try session.waitFor("李娜")
        return session
    }

    private static func script(_ body: String, at url: URL) throws {
        try Data(("#!/bin/sh\n" + body).utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }
}

extension TmuxSession {
    /// Opens the fixture's first case and starts an agent visit with two visitors.
    func startVisitOnFirstCase() throws {
        try press("Enter")
        try waitFor("Case · HB-2026-0101")
        try type("v")
        try waitFor("Start a visit")
        try press("Tab")
        try press("Tab")
        try type("王强/A1023, 刘洋/A1077")
        try press("Enter")
        try waitFor("Stage 1/9")
    }
}

struct CommandFailed: Error, CustomStringConvertible {
    let arguments: [String]
    let status: Int32
    let stderr: String
    var description: String { "visitdesk \(arguments.joined(separator: " ")) exited \(status): \(stderr)" }
}
