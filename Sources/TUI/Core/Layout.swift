/// Splits rectangles into bands.
public enum Layout {
    /// Cuts `rect` into one band per constraint along `direction`.
    ///
    /// Fixed and percentage bands are sized first (percentages of the whole length,
    /// rounded so that they add up without a lost cell); when they need more than there
    /// is, the later bands shrink first. `.fill` bands share what is left equally, the
    /// first ones taking the odd cells. The bands never overlap or leave `rect`.
    public static func split(_ rect: Rect, _ direction: Direction, _ constraints: [Constraint]) -> [Rect] {
        let total = direction == .rows ? rect.height : rect.width
        var sizes = Array(repeating: 0, count: constraints.count)
        var cumulativePercent = 0
        for (index, constraint) in constraints.enumerated() {
            switch constraint {
            case .fixed(let cells):
                sizes[index] = max(0, cells)
            case .percent(let percent):
                let before = total * cumulativePercent / 100
                cumulativePercent += max(0, percent)
                sizes[index] = total * cumulativePercent / 100 - before
            case .fill:
                break
            }
        }
        var remaining = total
        for index in sizes.indices {
            sizes[index] = min(sizes[index], remaining)
            remaining -= sizes[index]
        }
        let fills = constraints.indices.filter { constraints[$0] == .fill }
        for (order, index) in fills.enumerated() {
            sizes[index] = remaining / fills.count + (order < remaining % fills.count ? 1 : 0)
        }
        var offset = 0
        return sizes.map { size in
            defer { offset += size }
            switch direction {
            case .rows: return Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: size)
            case .columns: return Rect(x: rect.x + offset, y: rect.y, width: size, height: rect.height)
            }
        }
    }
}
