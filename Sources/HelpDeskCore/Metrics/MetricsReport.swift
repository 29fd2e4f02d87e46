import Foundation

/// Everything `helpdesk report` prints and the supervisor dashboard shows, as one value.
///
/// Encoded with snake_case keys (`report --json`); figures without data are `null`, never
/// missing, so scripts can rely on every key. Rates are fractions (0.64, not 64).
public struct MetricsReport: Sendable, Equatable, Codable {
    public var periodFrom: Date
    public var periodTo: Date
    public var generatedAt: Date
    public var ticketsCreated: Int
    public var ticketsResolved: Int
    public var firstContactResolutionRate: Double?
    public var escalationRate: Double?
    public var escalationRateByTier: [String: Double]
    public var openByTier: TierCounts
    /// `slaBreachedOpen + slaBreachedResolved`.
    public var slaBreached: Int
    /// Open tickets with a breached timer now: the dashboard's "breached" counter.
    public var slaBreachedOpen: Int
    /// Tickets resolved in the period that breached a timer on the way.
    public var slaBreachedResolved: Int
    public var slaAtRisk: Int
    public var meanTimeToResolveHours: Double?
    public var medianTimeToResolveHours: Double?
    public var timeToResolveByTier: [GroupStats]
    public var timeToResolveByPriority: [GroupStats]
    public var backlogAge: BacklogAge
    public var csat: CSATSummary
    public var workload: [AgentWorkload]
    public var trends: DailyTrends
    /// Where the knowledge base fails the desk in the period (zero-result searches, escalated
    /// categories without a published article); empty when the report was built from facts.
    public var kbGaps: KBGapReport = .empty
    /// Who is on shift where open work waits, as of `generatedAt`; nil when the report was
    /// built from facts (which know nothing of shifts).
    public var coverage: CoverageSnapshot? = nil

    /// Builds the report for `[from, to)` from facts about every ticket that is open now,
    /// or was created or resolved in the period (others are ignored).
    ///
    /// `sla_breached` counts open tickets with a breached timer plus tickets resolved in the
    /// period that breached one on the way. Trends cover the 14 days ending with the period's
    /// last day, or with today when the period runs into the future.
    public init(facts: [TicketFacts], from: Date, to: Date, now: Date, timeZone: TimeZone, trendDays: Int = 14) {
        let period = from..<to
        let created = facts.filter { period.contains($0.createdAt) }
        let resolved = facts.filter { $0.resolvedAt.map(period.contains) ?? false }
        let open = facts.filter(\.isOpen)
        let resolution = Metrics.timeToResolve(resolved)

        periodFrom = from
        periodTo = to
        generatedAt = now
        ticketsCreated = created.count
        ticketsResolved = resolved.count
        firstContactResolutionRate = Metrics.firstContactResolutionRate(resolved)
        escalationRate = Metrics.escalationRate(created)
        escalationRateByTier = Dictionary(uniqueKeysWithValues: [Tier.l1, .l2, .l3].compactMap { tier in
            Metrics.escalationRate(from: tier, created).map { (tier.rawValue, $0) }
        })
        openByTier = Metrics.openByTier(open)
        slaBreachedOpen = open.filter(\.slaBreached).count
        slaBreachedResolved = resolved.filter(\.slaBreached).count
        slaBreached = slaBreachedOpen + slaBreachedResolved
        slaAtRisk = open.filter(\.slaAtRisk).count
        meanTimeToResolveHours = resolution.meanHours
        medianTimeToResolveHours = resolution.medianHours
        timeToResolveByTier = Metrics.timeToResolveByTier(resolved)
        timeToResolveByPriority = Metrics.timeToResolveByPriority(resolved)
        backlogAge = Metrics.backlogAge(open, now: now)
        csat = Metrics.csat(resolved)
        workload = Metrics.workload(open)
        // `to` is exclusive: a period ending at midnight ends its trend on the day before.
        trends = DailyTrends(facts, days: trendDays, endingAt: min(to.addingTimeInterval(-1), now), timeZone: timeZone)
    }

    enum CodingKeys: String, CodingKey {
        case periodFrom = "period_from", periodTo = "period_to", generatedAt = "generated_at"
        case ticketsCreated = "tickets_created", ticketsResolved = "tickets_resolved"
        case firstContactResolutionRate = "first_contact_resolution_rate"
        case escalationRate = "escalation_rate", escalationRateByTier = "escalation_rate_by_tier"
        case openByTier = "open_by_tier", slaBreached = "sla_breached", slaAtRisk = "sla_at_risk"
        case slaBreachedOpen = "sla_breached_open", slaBreachedResolved = "sla_breached_resolved"
        case meanTimeToResolveHours = "mean_time_to_resolve_hours"
        case medianTimeToResolveHours = "median_time_to_resolve_hours"
        case timeToResolveByTier = "time_to_resolve_by_tier"
        case timeToResolveByPriority = "time_to_resolve_by_priority"
        case backlogAge = "backlog_age", csat, workload, trends, kbGaps = "kb_gaps", coverage
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(periodFrom, forKey: .periodFrom)
        try c.encode(periodTo, forKey: .periodTo)
        try c.encode(generatedAt, forKey: .generatedAt)
        try c.encode(ticketsCreated, forKey: .ticketsCreated)
        try c.encode(ticketsResolved, forKey: .ticketsResolved)
        // Optionals through `encode`, not `encodeIfPresent`: null, not a missing key.
        try c.encode(firstContactResolutionRate, forKey: .firstContactResolutionRate)
        try c.encode(escalationRate, forKey: .escalationRate)
        try c.encode(escalationRateByTier, forKey: .escalationRateByTier)
        try c.encode(openByTier, forKey: .openByTier)
        try c.encode(slaBreached, forKey: .slaBreached)
        try c.encode(slaBreachedOpen, forKey: .slaBreachedOpen)
        try c.encode(slaBreachedResolved, forKey: .slaBreachedResolved)
        try c.encode(slaAtRisk, forKey: .slaAtRisk)
        try c.encode(meanTimeToResolveHours, forKey: .meanTimeToResolveHours)
        try c.encode(medianTimeToResolveHours, forKey: .medianTimeToResolveHours)
        try c.encode(timeToResolveByTier, forKey: .timeToResolveByTier)
        try c.encode(timeToResolveByPriority, forKey: .timeToResolveByPriority)
        try c.encode(backlogAge, forKey: .backlogAge)
        try c.encode(csat, forKey: .csat)
        try c.encode(workload, forKey: .workload)
        try c.encode(trends, forKey: .trends)
        try c.encode(kbGaps, forKey: .kbGaps)
        try c.encode(coverage, forKey: .coverage)
    }
}
