/// A theme that cannot be used, with where the problem is: the file, the line and
/// the key (either may be unknown, e.g. for a missing file).
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file (or theme name) concerned.
    public var file: String
    /// 1-based line of the problem.
    public var line: Int?
    /// The dotted key at fault, e.g. `roles.warning.fg`.
    public var key: String?
    /// What is wrong and what would be right.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// One line: `file:line: key: message`.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let key { text += ": \(key)" }
        return text + ": " + message
    }
}
