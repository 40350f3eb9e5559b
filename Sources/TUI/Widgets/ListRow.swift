/// One row of a list: text in segments, each with its own style or the row's.
public struct ListRow: Hashable, Sendable {
    /// A run of text; a nil style takes the row's style (normal, or selected).
    public struct Segment: Hashable, Sendable {
        public var text: String
        public var style: Style?

        /// Creates a segment.
        public init(_ text: String, style: Style? = nil) {
            self.text = text
            self.style = style
        }
    }

    public var segments: [Segment]
    /// Text drawn flush right, e.g. an amount or a time; the segments are cut to make room.
    public var trailing: Segment?

    /// Creates a row from segments and an optional right-aligned trailing segment.
    public init(_ segments: [Segment], trailing: Segment? = nil) {
        self.segments = segments
        self.trailing = trailing
    }

    /// Creates a row of plain text.
    public init(_ text: String, style: Style? = nil) {
        self.init([Segment(text, style: style)])
    }
}

/// Something a list can show as a row: a `String` or a `ListRow`.
public protocol ListRowConvertible {
    /// The row to draw.
    var listRow: ListRow { get }
}

extension ListRow: ListRowConvertible {
    /// The row itself.
    public var listRow: ListRow { self }
}

extension String: ListRowConvertible {
    /// A row of plain text.
    public var listRow: ListRow { ListRow(self) }
}
