import Foundation
import GRDB
import HelpDeskCore

extension AppDatabase {
    /// Gap queries and uncovered categories listed in a report (totals count them all).
    public static let reportGapLimit = 10

    /// The supervisor report for `[from, to)`, aggregated in SQL so its cost grows with the
    /// tickets of the period and the open backlog, never with the whole table.
    ///
    /// Same definitions as `MetricsReport(facts:…)` (see `Metrics`): outcome rates over
    /// tickets resolved in the period, escalation over tickets created in it, backlog,
    /// workload and SLA counts as a snapshot at `now`. SLA figures come from `ticket_sla`,
    /// as of each ticket's last change or `sla run`.
    public func metricsReport(from: Date, to: Date, now: Date, timeZone: TimeZone, trendDays: Int = 14) throws -> MetricsReport {
        try read { db in
            let q = MetricsQueries(db: db, from: from, to: to, now: now)
            let resolution = try q.resolutionStats()
            var report = MetricsReport(
                periodFrom: from, periodTo: to, generatedAt: now,
                ticketsCreated: try q.createdCount(), ticketsResolved: resolution.all.count,
                firstContactResolutionRate: try q.firstContactResolutionRate(),
                escalationRate: try q.escalationRate(), escalationRateByTier: try q.escalationRateByTier(),
                openByTier: try q.openByTier(), slaBreachedOpen: try q.slaBreachedOpen(), slaBreachedResolved: try q.slaBreachedResolved(), slaAtRisk: try q.slaAtRisk(),
                timeToResolve: resolution.all,
                timeToResolveByTier: resolution.byTier,
                timeToResolveByPriority: resolution.byPriority,
                backlogAge: try q.backlogAge(), csat: try q.csat(), workload: try q.workload(),
                trends: try q.trends(days: trendDays, timeZone: timeZone),
                kbGaps: try Self.knowledgeGaps(db, from: from, to: to, limit: Self.reportGapLimit)
            )
            report.coverage = try CoverageQueries(db: db, now: now).snapshot()
            return report
        }
    }
}
