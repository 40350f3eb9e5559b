import Foundation

/// The JSON encoder shared by the export forms: snake_case keys, sorted so that the same
/// data always gives the same text (Foundation on Linux keeps no declaration order),
/// pretty-printed or compact, Chinese left as it is.
enum ExportJSON {
    static func encode(_ value: some Encodable, pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            // Only strings, integers, booleans, arrays and objects are encoded: nothing can fail.
            preconditionFailure("export encoding failed: \(error)")
        }
    }
}
