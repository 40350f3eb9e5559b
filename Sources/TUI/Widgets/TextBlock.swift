/// Text wrapped to its area by display width, scrolled by whole lines.
public struct TextBlock: Sendable {
    /// A run of text that starts on a new line, in one style.
    public struct Paragraph: Hashable, Sendable {
        public var text: String
        public var style: Style

        /// Creates a paragraph.
        public init(_ text: String, style: Style = .normal) {
            self.text = text
            self.style = style
        }
    }

    public var paragraphs: [Paragraph]
    /// The first wrapped line shown.
    public var offset: Int

    /// Creates a block of one style; newlines in `text` start new lines.
    public init(_ text: String, style: Style = .normal, offset: Int = 0) {
        self.init(paragraphs: [Paragraph(text, style: style)], offset: offset)
    }

    /// Creates a block of styled paragraphs.
    public init(paragraphs: [Paragraph], offset: Int = 0) {
        self.paragraphs = paragraphs
        self.offset = offset
    }

    /// The lines the paragraphs wrap into at `width` columns, each with its paragraph's style.
    public static func wrappedLines(_ paragraphs: [Paragraph], width: Int) -> [(text: String, style: Style)] {
        paragraphs.flatMap { paragraph in
            paragraph.text.wrapped(to: width).map { (text: $0, style: paragraph.style) }
        }
    }

    /// The number of lines at `width` columns.
    public func lineCount(width: Int) -> Int {
        Self.wrappedLines(paragraphs, width: width).count
    }

    /// The largest useful offset for an area `height` lines high (the last line at the bottom).
    public func maxOffset(width: Int, height: Int) -> Int {
        max(0, lineCount(width: width) - height)
    }

    /// Clears `rect` and draws the wrapped lines from `offset` (kept within range).
    public func render(in rect: Rect, into buffer: inout CellBuffer) {
        buffer.fill(rect, style: .normal)
        guard !rect.isEmpty else { return }
        let lines = Self.wrappedLines(paragraphs, width: rect.width)
        let first = max(0, min(offset, lines.count - rect.height))
        for (row, line) in lines.dropFirst(first).prefix(rect.height).enumerated() {
            buffer.write(line.text, x: rect.x, y: rect.y + row, style: line.style, clip: rect)
        }
    }
}
