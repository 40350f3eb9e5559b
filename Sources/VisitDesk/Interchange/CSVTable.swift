/// A header and rows written as CSV text: fields holding a comma, a double quote or a line
/// break are quoted, quotes doubled (RFC 4180); rows end with LF, the last one too.
struct CSVTable {
    var header: [String]
    var rows: [[String]]

    var text: String {
        ([header] + rows).map { $0.map(Self.field).joined(separator: ",") + "\n" }.joined()
    }

    private static func field(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
