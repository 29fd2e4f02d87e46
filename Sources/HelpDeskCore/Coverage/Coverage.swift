/// Who is on shift where open work waits: the supervisor's "coverage now" (dashboard, report).
///
/// One cell per tier and specialist area. L1 is one cell for the whole tier (L1 is not routed
/// by area). L2 and L3 have a cell per area named by an active agent of that tier or by an
/// open ticket there, plus an "any area" cell (`area == nil`) for open tickets that name no
/// area, which any on-shift specialist of the tier covers (as the auto-assigner routes them).
///
/// A ticket's area is the area of the escalation that brought it to its tier, else its
/// category, trimmed and lower-cased. Only agents whose role is the tier count as coverage:
/// supervisors and higher tiers may help, but nobody is *on shift for* that queue.
public struct CoverageCell: Sendable, Equatable, Codable {
    public var tier: Tier
    /// The specialist area; nil for L1 and for work with no area.
    public var area: String?
    /// Active agents of the tier covering the area who are on shift now.
    public var onShift: Int
    /// Active agents of the tier covering the area, on shift or not.
    public var agents: Int
    /// Open tickets (every status but resolved and closed) waiting in the cell.
    public var open: Int
    public var unassigned: Int
    /// Open tickets with a breached SLA timer now.
    public var breached: Int

    public init(tier: Tier, area: String?, onShift: Int, agents: Int, open: Int, unassigned: Int, breached: Int) {
        self.tier = tier
        self.area = area
        self.onShift = onShift
        self.agents = agents
        self.open = open
        self.unassigned = unassigned
        self.breached = breached
    }

    /// Open work with nobody on shift to take it.
    public var uncovered: Bool { open > 0 && onShift == 0 }

    /// `L2 network`, `L1`, `L3 (any area)` in a caller-chosen wording for the last.
    public func label(anyArea: String) -> String {
        tier == .l1 && area == nil ? tier.label : "\(tier.label) \(area ?? anyArea)"
    }

    enum CodingKeys: String, CodingKey {
        case tier, area, onShift = "on_shift", agents, open, unassigned, breached, uncovered
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(tier: try c.decode(Tier.self, forKey: .tier), area: try c.decodeIfPresent(String.self, forKey: .area),
                  onShift: try c.decode(Int.self, forKey: .onShift), agents: try c.decode(Int.self, forKey: .agents),
                  open: try c.decode(Int.self, forKey: .open), unassigned: try c.decode(Int.self, forKey: .unassigned),
                  breached: try c.decode(Int.self, forKey: .breached))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(tier, forKey: .tier)
        try c.encode(area, forKey: .area)
        try c.encode(onShift, forKey: .onShift)
        try c.encode(agents, forKey: .agents)
        try c.encode(open, forKey: .open)
        try c.encode(unassigned, forKey: .unassigned)
        try c.encode(breached, forKey: .breached)
        try c.encode(uncovered, forKey: .uncovered)
    }
}

/// Every coverage cell at one instant, in tier order, areas alphabetically, "any area" last.
public struct CoverageSnapshot: Sendable, Equatable, Codable {
    public var cells: [CoverageCell]

    public init(cells: [CoverageCell]) {
        self.cells = cells.sorted(by: Self.order)
    }

    public static let empty = CoverageSnapshot(cells: [])

    /// The cells with open work and nobody on shift, most breached first, then most open.
    public var gaps: [CoverageCell] {
        cells.filter(\.uncovered).sorted { a, b in
            (a.breached, a.open) != (b.breached, b.open) ? (a.breached, a.open) > (b.breached, b.open) : Self.order(a, b)
        }
    }

    /// Agents on shift per tier (each counted once, whatever their areas).
    public var onShiftByTier: [Tier: Int] = [:]

    public func onShift(_ tier: Tier) -> Int { onShiftByTier[tier] ?? 0 }

    static func order(_ a: CoverageCell, _ b: CoverageCell) -> Bool {
        if a.tier != b.tier { return a.tier < b.tier }
        switch (a.area, b.area) {
        case (nil, nil): return false
        case (nil, _): return false
        case (_, nil): return true
        case let (x?, y?): return x < y
        }
    }

    enum CodingKeys: String, CodingKey {
        case cells, uncovered, onShiftByTier = "on_shift_by_tier"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(cells: try c.decode([CoverageCell].self, forKey: .cells))
        let byTier = try c.decodeIfPresent([String: Int].self, forKey: .onShiftByTier) ?? [:]
        onShiftByTier = Dictionary(uniqueKeysWithValues: byTier.compactMap { k, v in Tier(rawValue: k).map { ($0, v) } })
    }

    /// `{"cells": [...], "uncovered": 2, "on_shift_by_tier": {"l1": 2, "l2": 1, "l3": 0}}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cells, forKey: .cells)
        try c.encode(gaps.count, forKey: .uncovered)
        let byTier = Dictionary(uniqueKeysWithValues: [Tier.l1, .l2, .l3].map { ($0.rawValue, onShift($0)) })
        try c.encode(byTier, forKey: .onShiftByTier)
    }
}
