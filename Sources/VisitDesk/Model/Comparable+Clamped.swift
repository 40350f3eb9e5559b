extension Comparable {
    /// This value, or the nearest end of `range` when it lies outside.
    func clamped(to range: ClosedRange<Self>) -> Self {
        min(max(self, range.lowerBound), range.upperBound)
    }
}
