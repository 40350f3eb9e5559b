import TOMLKit

extension TOMLGate {
    /// Checks `text` against the subset, then parses it with TOMLKit. A problem found by
    /// either comes back as one `TOMLGateError` with its line and column, so that every TOML
    /// file VisitDesk reads (playbooks, config, themes) reports syntax the same way.
    public static func parse(_ text: String) throws(TOMLGateError) -> TOMLTable {
        try check(text)
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw TOMLGateError(line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        } catch {
            throw TOMLGateError(line: 1, column: 1, message: String(describing: error))
        }
    }
}
