/// One column of a list table.
public struct ColumnSpec: Hashable, Sendable {
    /// A stable identifier the screen uses to find its column (`"sla"`).
    public var id: String
    /// The header text.
    public var title: String
    /// Width for a fixed column; the minimum width for the flexible column.
    public var width: Int
    /// The one column that takes the remaining width (the subject).
    public var isFlexible: Bool
    public var alignment: TextAlignment

    public init(id: String, title: String, width: Int, isFlexible: Bool = false, alignment: TextAlignment = .left) {
        self.id = id
        self.title = title
        self.width = width
        self.isFlexible = isFlexible
        self.alignment = alignment
    }
}

/// A column placed at a column offset with its final width.
public struct PlacedColumn: Hashable, Sendable {
    public var spec: ColumnSpec
    /// Offset from the left of the table.
    public var offset: Int
    public var width: Int
}

/// Fits list columns to a width: fixed columns drop from the right as the terminal narrows,
/// and the flexible column takes whatever is left (UX.md: "the subject column takes the
/// remaining width").
public struct ColumnLayout: Hashable, Sendable {
    public var columns: [PlacedColumn]
    public var gap: Int

    /// Lays out `specs` in `width` columns with `gap` spaces between columns.
    public init(_ specs: [ColumnSpec], width: Int, gap: Int = 1) {
        self.gap = gap
        var kept = specs
        func needed(_ specs: [ColumnSpec]) -> Int {
            specs.reduce(0) { $0 + $1.width } + gap * max(0, specs.count - 1)
        }
        while needed(kept) > width, let drop = kept.lastIndex(where: { !$0.isFlexible }), kept.count > 1 {
            kept.remove(at: drop)
        }
        let fixedTotal = kept.filter { !$0.isFlexible }.reduce(0) { $0 + $1.width } + gap * max(0, kept.count - 1)
        var placed: [PlacedColumn] = []
        var offset = 0
        for spec in kept {
            let w = spec.isFlexible ? max(0, width - fixedTotal) : min(spec.width, max(0, width - offset))
            placed.append(PlacedColumn(spec: spec, offset: offset, width: w))
            offset += w + gap
        }
        self.columns = placed
    }

    /// Whether a column survived the fit.
    public func contains(_ id: String) -> Bool { columns.contains { $0.spec.id == id } }

    /// One table row as text of exactly `width` columns, each value fitted to its column.
    /// `values` is keyed by column id; missing values are blank.
    public func line(_ values: [String: String]) -> String {
        var line = ""
        for (index, column) in columns.enumerated() {
            if index > 0 { line += String(repeating: " ", count: gap) }
            line += TextFitting.fit(values[column.spec.id] ?? "", width: column.width, alignment: column.spec.alignment)
        }
        return line
    }

    /// The header row.
    public var headerLine: String {
        line(Dictionary(columns.map { ($0.spec.id, $0.spec.title) }, uniquingKeysWith: { a, _ in a }))
    }
}
