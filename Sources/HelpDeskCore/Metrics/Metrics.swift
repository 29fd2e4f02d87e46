import Foundation

/// The definitions behind every figure of the report and the dashboard.
///
/// Populations, so that the same number means the same thing everywhere:
/// - rates of outcomes (first-contact resolution, time to resolve, CSAT) are over tickets
///   *resolved* in the period;
/// - escalation rates are over tickets *created* in the period;
/// - backlog, open counts, workload and SLA at risk are a snapshot of open tickets at `now`.
/// Times to resolve are wall-clock hours: they compare tiers and priorities across calendars.
public enum Metrics {
    /// Share of resolved tickets that were resolved at first contact (see `FirstContact`).
    public static func firstContactResolutionRate(_ resolved: [TicketFacts]) -> Double? {
        rate(resolved.filter { $0.resolvedAt != nil }) { $0.firstContactResolution }
    }

    /// Share of tickets escalated at least once.
    public static func escalationRate(_ created: [TicketFacts]) -> Double? {
        rate(created) { $0.wasEscalated }
    }

    /// Share of the tickets that reached `tier` which were escalated out of it.
    public static func escalationRate(from tier: Tier, _ created: [TicketFacts]) -> Double? {
        rate(created.filter { $0.tiersVisited.contains(tier) }) { $0.escalatedFrom.contains(tier) }
    }

    public static func timeToResolve(_ resolved: [TicketFacts]) -> DurationStats {
        DurationStats(hours: resolved.compactMap(\.hoursToResolve))
    }

    /// Time to resolve per resolving tier (only tiers that resolved something).
    public static func timeToResolveByTier(_ resolved: [TicketFacts]) -> [GroupStats] {
        Tier.allCases.compactMap { tier in
            GroupStats(group: tier.rawValue, DurationStats(hours: resolved.filter { $0.tier == tier }.compactMap(\.hoursToResolve)))
        }
    }

    public static func timeToResolveByPriority(_ resolved: [TicketFacts]) -> [GroupStats] {
        Priority.allCases.compactMap { p in
            GroupStats(group: p.rawValue, DurationStats(hours: resolved.filter { $0.priority == p }.compactMap(\.hoursToResolve)))
        }
    }

    public static func openByTier(_ facts: [TicketFacts]) -> TierCounts {
        var counts = TierCounts()
        for f in facts where f.isOpen { counts[f.tier] += 1 }
        return counts
    }

    public static func backlogAge(_ facts: [TicketFacts], now: Date) -> BacklogAge {
        var age = BacklogAge()
        for f in facts where f.isOpen { age.add(now.timeIntervalSince(f.createdAt)) }
        return age
    }

    public static func csat(_ resolved: [TicketFacts]) -> CSATSummary {
        CSATSummary(scores: resolved.compactMap(\.csat))
    }

    /// Open tickets per assignee, busiest first (ties by login, so the order is stable).
    public static func workload(_ facts: [TicketFacts]) -> [AgentWorkload] {
        var counts: [String: Int] = [:]
        for f in facts where f.isOpen { if let who = f.assignee { counts[who, default: 0] += 1 } }
        return counts.map { AgentWorkload(login: $0.key, open: $0.value) }
            .sorted { ($1.open, $0.login) < ($0.open, $1.login) }
    }

    static func rate(_ population: [TicketFacts], _ counts: (TicketFacts) -> Bool) -> Double? {
        guard !population.isEmpty else { return nil }
        return Double(population.filter(counts).count) / Double(population.count)
    }
}

/// Mean and median of a set of durations, in hours; nil figures when there is no data.
public struct DurationStats: Sendable, Equatable, Codable {
    public var count: Int
    public var meanHours: Double?
    public var medianHours: Double?

    public init(hours: [Double]) {
        count = hours.count
        guard !hours.isEmpty else { return }
        meanHours = hours.reduce(0, +) / Double(hours.count)
        let s = hours.sorted(), mid = s.count / 2
        medianHours = s.count.isMultiple(of: 2) ? (s[mid - 1] + s[mid]) / 2 : s[mid]
    }

    enum CodingKeys: String, CodingKey {
        case count, meanHours = "mean_hours", medianHours = "median_hours"
    }
}

/// Duration statistics of one group (a tier or a priority).
public struct GroupStats: Sendable, Equatable, Codable {
    public var group: String
    public var count: Int
    public var meanHours: Double
    public var medianHours: Double

    /// Nil for an empty group, so reports list only groups with data.
    init?(group: String, _ stats: DurationStats) {
        guard let mean = stats.meanHours, let median = stats.medianHours else { return nil }
        self.group = group
        self.count = stats.count
        self.meanHours = mean
        self.medianHours = median
    }

    enum CodingKeys: String, CodingKey {
        case group, count, meanHours = "mean_hours", medianHours = "median_hours"
    }
}

/// A count per tier, encoded as an object `{"l1": 38, "l2": 14, "l3": 3, "external": 2}`.
public struct TierCounts: Sendable, Equatable, Codable {
    public var l1 = 0, l2 = 0, l3 = 0, external = 0

    public init(l1: Int = 0, l2: Int = 0, l3: Int = 0, external: Int = 0) {
        self.l1 = l1
        self.l2 = l2
        self.l3 = l3
        self.external = external
    }

    public subscript(tier: Tier) -> Int {
        get {
            switch tier {
            case .l1: l1
            case .l2: l2
            case .l3: l3
            case .external: external
            }
        }
        set {
            switch tier {
            case .l1: l1 = newValue
            case .l2: l2 = newValue
            case .l3: l3 = newValue
            case .external: external = newValue
            }
        }
    }

    public var total: Int { l1 + l2 + l3 + external }
}

/// Open tickets by age: under 4 hours, under a day, under three days, older.
public struct BacklogAge: Sendable, Equatable, Codable {
    public var under4h = 0, under1d = 0, under3d = 0, older = 0

    public init(under4h: Int = 0, under1d: Int = 0, under3d: Int = 0, older: Int = 0) {
        self.under4h = under4h
        self.under1d = under1d
        self.under3d = under3d
        self.older = older
    }

    mutating func add(_ age: TimeInterval) {
        switch age {
        case ..<(4 * 3600): under4h += 1
        case ..<86400: under1d += 1
        case ..<(3 * 86400): under3d += 1
        default: older += 1
        }
    }

    /// Bucket labels and counts, in order, for bars.
    public var buckets: [(label: String, count: Int)] {
        [("<4h", under4h), ("<1d", under1d), ("<3d", under3d), ("older", older)]
    }

    enum CodingKeys: String, CodingKey {
        case under4h = "under_4h", under1d = "under_1d", under3d = "under_3d", older
    }
}

/// Customer satisfaction: average of 1–5 scores and how many of each.
public struct CSATSummary: Sendable, Equatable, Codable {
    public var count: Int
    public var average: Double?
    /// `distribution[0]` is the number of 1s, … `distribution[4]` the number of 5s.
    public var distribution: [Int]

    public init(scores: [Int]) {
        let valid = scores.filter { (1...5).contains($0) }
        count = valid.count
        average = valid.isEmpty ? nil : Double(valid.reduce(0, +)) / Double(valid.count)
        distribution = (1...5).map { score in valid.filter { $0 == score }.count }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(count, forKey: .count)
        try c.encode(average, forKey: .average) // null rather than missing when nobody answered
        try c.encode(distribution, forKey: .distribution)
    }

    enum CodingKeys: String, CodingKey { case count, average, distribution }
}

/// Open tickets of one technician.
public struct AgentWorkload: Sendable, Equatable, Codable {
    public var login: String
    public var open: Int

    public init(login: String, open: Int) {
        self.login = login
        self.open = open
    }
}
