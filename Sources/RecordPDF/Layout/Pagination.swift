/// Items placed on pages: where each one's top falls on its page.
struct Pagination {
    struct Placed {
        var item: FlowItem
        var top: Double
    }

    private(set) var pages: [[Placed]] = []

    /// Breaks `items` into pages whose body runs from `top` to `bottom`: an item goes to the
    /// next page when it does not fit, and so does an item kept with the next ones when the
    /// chain of them does not fit; a continued table starts the page with its header row.
    /// An item taller than a whole page is placed alone and overflows rather than looping.
    init(_ items: [FlowItem], top: Double, bottom: Double) {
        var page: [Placed] = []
        var y = top
        for (index, item) in items.enumerated() {
            let space = page.isEmpty ? 0 : item.spaceBefore
            if !page.isEmpty, y + space + Self.keptHeight(items, from: index) > bottom {
                pages.append(page)
                page = []
                y = top
                if let header = item.continuationHeader?() {
                    page.append(Placed(item: header, top: y))
                    y += header.height
                }
            } else {
                y += space
            }
            page.append(Placed(item: item, top: y))
            y += item.height
        }
        if !page.isEmpty || pages.isEmpty { pages.append(page) }
    }

    /// The height of the item at `index` and of those it is kept with.
    private static func keptHeight(_ items: [FlowItem], from index: Int) -> Double {
        var height = items[index].height
        var current = index
        while items[current].keepWithNext, current + 1 < items.count {
            current += 1
            height += items[current].spaceBefore + items[current].height
        }
        return height
    }
}
