/// Joins the two small aggregates the store computes in SQL (agents per tier and area, open
/// tickets per tier and area) into a ``CoverageSnapshot``. Pure, so the rules are tested with
/// tables of cases: the store never hands it more rows than there are cells.
public enum CoverageBuilder {
    /// Agents of one tier covering one area (`area` nil: the tier as a whole).
    public struct Staff: Sendable, Equatable {
        public var tier: Tier
        public var area: String?
        public var onShift: Int
        public var agents: Int

        public init(tier: Tier, area: String?, onShift: Int, agents: Int) {
            self.tier = tier
            self.area = area
            self.onShift = onShift
            self.agents = agents
        }
    }

    /// Open tickets of one tier and area (`area` nil: no area named).
    public struct Work: Sendable, Equatable {
        public var tier: Tier
        public var area: String?
        public var open: Int
        public var unassigned: Int
        public var breached: Int

        public init(tier: Tier, area: String?, open: Int, unassigned: Int, breached: Int) {
            self.tier = tier
            self.area = area
            self.open = open
            self.unassigned = unassigned
            self.breached = breached
        }
    }

    /// The tiers that have queues of their own.
    public static let tiers: [Tier] = [.l1, .l2, .l3]

    /// `staff` has one row per tier with `area` nil (the tier's totals) and one per tier and
    /// area; `work` one row per tier and area. Areas are compared lower-cased and trimmed.
    public static func snapshot(staff: [Staff], work: [Work]) -> CoverageSnapshot {
        func key(_ area: String?) -> String? {
            guard let trimmed = area?.trimmed.lowercased(), !trimmed.isEmpty else { return nil }
            return trimmed
        }
        var whole: [Tier: Staff] = [:]
        var byArea: [Tier: [String: Staff]] = [:]
        for row in staff where tiers.contains(row.tier) {
            if let area = key(row.area) {
                var sum = byArea[row.tier, default: [:]][area] ?? Staff(tier: row.tier, area: area, onShift: 0, agents: 0)
                sum.onShift += row.onShift
                sum.agents += row.agents
                byArea[row.tier, default: [:]][area] = sum
            } else {
                var sum = whole[row.tier] ?? Staff(tier: row.tier, area: nil, onShift: 0, agents: 0)
                sum.onShift += row.onShift
                sum.agents += row.agents
                whole[row.tier] = sum
            }
        }
        // L1 is one cell: its work is not routed by area.
        var cells: [String: CoverageCell] = [:]
        func cellKey(_ tier: Tier, _ area: String?) -> String { tier.rawValue + "|" + (area ?? "") }
        let l1 = whole[.l1]
        cells[cellKey(.l1, nil)] = CoverageCell(tier: .l1, area: nil, onShift: l1?.onShift ?? 0, agents: l1?.agents ?? 0,
                                               open: 0, unassigned: 0, breached: 0)
        for tier in tiers where tier != .l1 {
            for (area, s) in byArea[tier] ?? [:] {
                cells[cellKey(tier, area)] = CoverageCell(tier: tier, area: area, onShift: s.onShift, agents: s.agents,
                                                          open: 0, unassigned: 0, breached: 0)
            }
        }
        for row in work where tiers.contains(row.tier) {
            let area = row.tier == .l1 ? nil : key(row.area)
            let k = cellKey(row.tier, area)
            if cells[k] == nil {
                // An area no agent of the tier covers has nobody; work with no area, anyone of the tier.
                let s = area == nil ? whole[row.tier] : nil
                cells[k] = CoverageCell(tier: row.tier, area: area, onShift: s?.onShift ?? 0, agents: s?.agents ?? 0,
                                        open: 0, unassigned: 0, breached: 0)
            }
            cells[k]!.open += row.open
            cells[k]!.unassigned += row.unassigned
            cells[k]!.breached += row.breached
        }
        var snapshot = CoverageSnapshot(cells: Array(cells.values))
        snapshot.onShiftByTier = Dictionary(uniqueKeysWithValues: tiers.map { ($0, whole[$0]?.onShift ?? 0) })
        return snapshot
    }
}
