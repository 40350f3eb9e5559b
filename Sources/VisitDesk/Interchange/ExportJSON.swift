import Foundation

/// The JSON encoder shared by the export forms: snake_case keys, sorted so that the same
/// data always gives the same text (Foundation on Linux keeps no declaration order),
/// pretty-printed or compact, Chinese left as it is. Unsafe characters the encoder leaves
/// raw (C1 and bidi controls) are written as `\uXXXX` escapes: the data reads back the same.
enum ExportJSON {
    static func encode(_ value: some Encodable, pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        do {
            return SafeText.escapingUnsafeScalars(inJSON: String(decoding: try encoder.encode(value), as: UTF8.self))
        } catch {
            // Only strings, integers, booleans, arrays and objects are encoded: nothing can fail.
            preconditionFailure("export encoding failed: \(error)")
        }
    }
}
