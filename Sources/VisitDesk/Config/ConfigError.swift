/// Why `config.toml` could not be used. Every case names the file, and the line and key where it can.
public enum ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case syntax(file: String, line: Int, column: Int, message: String)
    case unknownKey(file: String, line: Int, key: String)
    case wrongType(file: String, line: Int, key: String, expected: String)
    case badValue(file: String, line: Int, key: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot read the configuration: \(reason)"
        case .syntax(let file, let line, let column, let message):
            "\(file):\(line):\(column): not valid TOML: \(message)"
        case .unknownKey(let file, let line, let key):
            "\(file):\(line): unknown key \(key) (known: \(VisitDeskConfig.knownKeys.joined(separator: ", ")))"
        case .wrongType(let file, let line, let key, let expected):
            "\(file):\(line): \(key) must be \(expected)"
        case .badValue(let file, let line, let key, let reason):
            "\(file):\(line): \(key): \(reason)"
        }
    }
}
