import Testing
@testable import TUI

/// The toolkit's guarantee behind every screen: whatever text is written, no cell stores a
/// control character or a bidi override, so nothing drawn can reach the terminal as an
/// escape sequence.
@Suite struct CellBufferControlTests {
    private static let controls: [Unicode.Scalar] = (Array(0x00...0x1F) + [0x7F] + Array(0x80...0x9F)
        + [0x061C, 0x200E, 0x200F] + Array(0x202A...0x202E) + Array(0x2066...0x2069)).compactMap(Unicode.Scalar.init)

    @Test func noCellEverHoldsAControlOrABidiOverride() {
        for control in Self.controls {
            var buffer = CellBuffer(width: 12, height: 1)
            var text = "a"
            text.unicodeScalars.append(control)
            text += "[2J中"
            text.unicodeScalars.append(control)
            text += "\u{301}b"
            buffer.write(text, x: 0, y: 0)
            for column in 0..<buffer.width {
                let scalars = buffer[x: column, y: 0].grapheme.unicodeScalars
                #expect(!scalars.contains(control), "U+\(String(control.value, radix: 16)) stored in column \(column)")
            }
            #expect(buffer.textLines()[0].hasPrefix("a[2J中"), "the visible text around U+\(String(control.value, radix: 16)) is kept")
        }
    }
}
