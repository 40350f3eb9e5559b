import Foundation

/// How long end-to-end tests wait for something to happen (text on screen, a file, a process
/// ending) before they fail. Generous, because the machine may be busy building; a wait still
/// returns as soon as its condition holds, so a passing test never waits this long.
public enum TestTimeout {
    /// The limit of every wait for a screen, a file or a program in a terminal.
    public static let seconds: TimeInterval = 10
    /// The limit for a command run to completion (`Subprocess.run`): it may be a whole import
    /// or a PDF, so a few waits' worth.
    public static let command: TimeInterval = 6 * seconds
}
