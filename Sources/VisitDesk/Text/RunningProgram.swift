import Foundation

/// The file of the running program, found without `Bundle.main`: Foundation's main bundle
/// traps when the program's folder cannot be read by this user (a database shared read-only
/// with another user, a binary in a private folder), and nothing here may trap.
public enum RunningProgram {
    /// `/proc/self/exe` as the kernel names it, else the path the program was started by.
    public static let executable: URL = {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? "").standardizedFileURL
    }()
}
