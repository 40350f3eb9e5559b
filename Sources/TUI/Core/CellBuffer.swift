/// A grid of cells that a frame is drawn into before a backend shows it.
///
/// A wide grapheme owns its cell and a continuation cell to the right. Writing over
/// either half of a wide grapheme blanks the other half, and a wide grapheme that
/// would cross the right edge of the clip rectangle becomes a space instead.
public struct CellBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    private var cells: [Cell]
    private var cursorX: Int?
    private var cursorY: Int?

    /// Creates a buffer of blank cells in the normal style.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(), count: self.width * self.height)
    }

    /// The whole buffer as a rectangle at the origin.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`; a blank cell outside the buffer.
    public subscript(x x: Int, y y: Int) -> Cell {
        guard bounds.contains(x: x, y: y) else { return .blank() }
        return cells[y * width + x]
    }

    /// Where the hardware cursor shows (for text entry); nil keeps it hidden.
    public var cursor: (x: Int, y: Int)? {
        get {
            guard let cursorX, let cursorY else { return nil }
            return (cursorX, cursorY)
        }
        set {
            cursorX = newValue?.x
            cursorY = newValue?.y
        }
    }

    /// Shows the hardware cursor at column `x`, row `y` when the buffer is drawn.
    public mutating func setCursor(x: Int, y: Int) {
        cursor = (x, y)
    }

    /// Writes `text` from column `x` on row `y`, clipped to `clip` (and the buffer).
    /// Graphemes of width 0 are dropped, and so is any grapheme holding a C0 or C1 control
    /// or DEL: no cell ever stores one, so no text can send an escape sequence to the
    /// terminal. Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .normal, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard !area.isEmpty, y >= area.y, y < area.maxY else { return 0 }
        var column = x
        var written = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 || character.unicodeScalars.contains(where: Self.isControl) { continue }
            defer { column += characterWidth }
            if column + characterWidth <= area.x { continue }
            if column >= area.maxX { break }
            if column < area.x || column + characterWidth > area.maxX {
                // Half of a wide glyph would be outside the clip: show a space in its visible half.
                let visible = max(column, area.x)
                put(.blank(style), x: visible, y: y)
                written += 1
                continue
            }
            put(Cell(character, width: characterWidth, style: style), x: column, y: y)
            written += characterWidth
        }
        return written
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Blanks every cell of `rect` (clipped to the buffer) in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                put(.blank(style), x: column, y: row)
            }
        }
    }

    /// The text of each row as a terminal shows it: continuation cells omitted,
    /// trailing spaces kept, so every line is exactly `width` columns wide.
    public func textLines() -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                let cell = cells[row * width + column]
                if !cell.isContinuation { line.append(cell.grapheme) }
            }
            return line
        }
    }

    /// The positions whose cells differ from `previous` (every position when `previous`
    /// is nil or has another size), in row-major order. A continuation cell is reported
    /// through its wide grapheme, since drawing the grapheme draws both halves.
    public func changedPositions(since previous: CellBuffer?) -> [(x: Int, y: Int)] {
        let compareAll = previous == nil || previous?.width != width || previous?.height != height
        var positions: [(x: Int, y: Int)] = []
        for row in 0..<height {
            var lastAdded = -1
            for column in 0..<width {
                let index = row * width + column
                guard compareAll || previous?.cells[index] != cells[index] else { continue }
                let origin = cells[index].isContinuation ? column - 1 : column
                if origin > lastAdded, origin >= 0 {
                    positions.append((origin, row))
                    lastAdded = origin
                }
            }
        }
        return positions
    }

    /// Places `cell` (and the continuation of a wide cell), first blanking the other
    /// half of any wide grapheme it partly covers. The caller keeps it inside the buffer.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        breakWideGrapheme(at: x, y: y)
        if cell.width == 2 { breakWideGrapheme(at: x + 1, y: y) }
        cells[y * width + x] = cell
        if cell.width == 2 {
            cells[y * width + x + 1] = .continuation(cell.style)
        }
    }

    private mutating func breakWideGrapheme(at x: Int, y: Int) {
        let cell = cells[y * width + x]
        if cell.isContinuation, x > 0 {
            cells[y * width + x - 1] = .blank(cells[y * width + x - 1].style)
        } else if cell.width == 2, x + 1 < width {
            cells[y * width + x + 1] = .blank(cells[y * width + x + 1].style)
        }
    }
}
