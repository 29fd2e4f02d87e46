import Foundation

/// Building blocks for a report computed elsewhere (the store aggregates in SQL), with the
/// same JSON shape and definitions as the facts-based path (see `Metrics`).
extension MetricsReport {
    public init(
        periodFrom: Date, periodTo: Date, generatedAt: Date, ticketsCreated: Int, ticketsResolved: Int,
        firstContactResolutionRate: Double?, escalationRate: Double?, escalationRateByTier: [String: Double],
        openByTier: TierCounts, slaBreachedOpen: Int, slaBreachedResolved: Int, slaAtRisk: Int, timeToResolve: DurationStats,
        timeToResolveByTier: [GroupStats], timeToResolveByPriority: [GroupStats], backlogAge: BacklogAge,
        csat: CSATSummary, workload: [AgentWorkload], trends: DailyTrends, kbGaps: KBGapReport = .empty
    ) {
        self.periodFrom = periodFrom
        self.periodTo = periodTo
        self.generatedAt = generatedAt
        self.ticketsCreated = ticketsCreated
        self.ticketsResolved = ticketsResolved
        self.firstContactResolutionRate = firstContactResolutionRate
        self.escalationRate = escalationRate
        self.escalationRateByTier = escalationRateByTier
        self.openByTier = openByTier
        self.slaBreached = slaBreachedOpen + slaBreachedResolved
        self.slaBreachedOpen = slaBreachedOpen
        self.slaBreachedResolved = slaBreachedResolved
        self.slaAtRisk = slaAtRisk
        self.meanTimeToResolveHours = timeToResolve.meanHours
        self.medianTimeToResolveHours = timeToResolve.medianHours
        self.timeToResolveByTier = timeToResolveByTier
        self.timeToResolveByPriority = timeToResolveByPriority
        self.backlogAge = backlogAge
        self.csat = csat
        self.workload = workload
        self.trends = trends
        self.kbGaps = kbGaps
    }

    /// The local day the trends of a `[from, to)` report end on: the period's last day, or
    /// today when the period runs into the future (shared by both paths).
    public static func trendEnd(to: Date, now: Date) -> Date { min(to.addingTimeInterval(-1), now) }
}

extension DurationStats {
    /// Figures already aggregated (mean and median computed by the caller).
    public init(count: Int, meanHours: Double?, medianHours: Double?) {
        self.init(hours: [])
        self.count = count
        self.meanHours = count > 0 ? meanHours : nil
        self.medianHours = count > 0 ? medianHours : nil
    }
}

extension GroupStats {
    /// Nil for an empty group, so reports list only groups with data.
    public init?(group: String, stats: DurationStats) {
        self.init(group: group, stats)
    }
}

extension CSATSummary {
    /// From counts of each score: `counts[0]` ones … `counts[4]` fives.
    public init(distribution counts: [Int]) {
        self.init(scores: [])
        let padded = (0..<5).map { $0 < counts.count ? max(0, counts[$0]) : 0 }
        distribution = padded
        count = padded.reduce(0, +)
        let sum = padded.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        average = count == 0 ? nil : Double(sum) / Double(count)
    }
}

extension DailyTrends {
    /// Series already aggregated per day (all arrays as long as `days`).
    public init(days: [LocalDate], created: [Int], resolved: [Int], firstContactResolutionRate: [Double?],
                escalationRate: [Double?], csatAverage: [Double?]) {
        self.init([], days: 0, endingAt: Date(), timeZone: TimeZone(secondsFromGMT: 0)!)
        self.days = days
        self.created = created
        self.resolved = resolved
        self.firstContactResolutionRate = firstContactResolutionRate
        self.escalationRate = escalationRate
        self.csatAverage = csatAverage
    }
}

extension BacklogAge {
    /// The age buckets' upper bounds in seconds (`<4h`, `<1d`, `<3d`), for SQL `CASE`s.
    public static let bounds: [TimeInterval] = [4 * 3600, 86400, 3 * 86400]
}
