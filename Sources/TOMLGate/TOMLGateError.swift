/// Where TOML text leaves the subset `TOMLGate` accepts, and what was expected there.
public struct TOMLGateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line.
    public let line: Int
    /// 1-based column, counted in Unicode scalars.
    public let column: Int
    /// What was expected or what is wrong, e.g. "expected a key after `[`".
    public let message: String

    /// Creates an error.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line 3, column 4: expected a key after `[``.
    public var description: String { "line \(line), column \(column): \(message)" }
}
