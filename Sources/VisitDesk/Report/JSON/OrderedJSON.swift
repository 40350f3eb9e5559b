/// A JSON value whose object keys keep the order they were given in, so a summary's JSON
/// reads in the record's order. `text` writes it indented by two spaces.
enum OrderedJSON: Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([OrderedJSON])
    case object([(String, OrderedJSON)])

    static func == (a: OrderedJSON, b: OrderedJSON) -> Bool { a.text == b.text }

    /// A string, or `null` for nil.
    static func optional(_ text: String?) -> OrderedJSON { text.map(OrderedJSON.string) ?? .null }

    /// `{"zh": …, "en": …}`.
    static func localized(_ text: LocalizedText) -> OrderedJSON { .object([("zh", .string(text.zh)), ("en", .string(text.en))]) }

    /// The value as indented JSON text.
    var text: String {
        var out = ""
        write(into: &out, depth: 0)
        return out
    }

    private func write(into out: inout String, depth: Int) {
        let inner = String(repeating: "  ", count: depth + 1), closing = String(repeating: "  ", count: depth)
        switch self {
        case .string(let text): out += QuotedString.of(text)
        case .int(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let values):
            guard !values.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, value) in values.enumerated() {
                out += inner
                value.write(into: &out, depth: depth + 1)
                out += index == values.count - 1 ? "\n" : ",\n"
            }
            out += closing + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += inner + QuotedString.of(key) + ": "
                value.write(into: &out, depth: depth + 1)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += closing + "}"
        }
    }
}
