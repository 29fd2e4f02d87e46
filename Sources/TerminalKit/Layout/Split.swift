/// How much of a split one part takes.
public enum LayoutSize: Hashable, Sendable {
    /// Exactly this many cells (less if there is not enough room).
    case fixed(Int)
    /// A fraction (0...1) of the space, computed from the whole length before fixed parts.
    case ratio(Double)
    /// An equal share of whatever is left after fixed and ratio parts.
    case fill
}

/// Splitting rectangles into panes: the title bar / body / status bar rows, the list and
/// detail columns of a queue screen.
extension Rect {
    /// Splits into side-by-side parts (left to right), with `gap` columns between parts
    /// (e.g. 1 for a `│` separator drawn by the caller).
    public func splitColumns(_ sizes: [LayoutSize], gap: Int = 0) -> [Rect] {
        Self.distribute(length: width, sizes: sizes, gap: gap).map {
            Rect(row: row, column: column + $0.offset, width: $0.length, height: height)
        }
    }

    /// Splits into stacked parts (top to bottom), with `gap` rows between parts.
    public func splitRows(_ sizes: [LayoutSize], gap: Int = 0) -> [Rect] {
        Self.distribute(length: height, sizes: sizes, gap: gap).map {
            Rect(row: row + $0.offset, column: column, width: width, height: $0.length)
        }
    }

    /// Offsets and lengths for `sizes` in `length` cells. Fixed parts are served first, then
    /// ratios, then fills share the rest (the first fills get the odd cells). Parts that do not
    /// fit get length 0, so callers can always index the result by position.
    static func distribute(length: Int, sizes: [LayoutSize], gap: Int) -> [(offset: Int, length: Int)] {
        guard !sizes.isEmpty else { return [] }
        let usable = max(0, length - gap * (sizes.count - 1))
        var lengths = [Int](repeating: 0, count: sizes.count)
        var remaining = usable
        for (index, size) in sizes.enumerated() {
            if case .fixed(let n) = size {
                lengths[index] = min(max(0, n), remaining)
                remaining -= lengths[index]
            }
        }
        for (index, size) in sizes.enumerated() {
            if case .ratio(let fraction) = size {
                let wanted = Int((Double(usable) * min(max(fraction, 0), 1)).rounded())
                lengths[index] = min(wanted, remaining)
                remaining -= lengths[index]
            }
        }
        let fills = sizes.indices.filter { sizes[$0] == .fill }
        if !fills.isEmpty {
            let share = remaining / fills.count
            var extra = remaining % fills.count
            for index in fills {
                lengths[index] = share + (extra > 0 ? 1 : 0)
                extra -= 1
            }
        }
        var offset = 0
        return lengths.map { part in
            defer { offset += part + gap }
            return (min(offset, length), part)
        }
    }
}
