import Foundation
import GRDB
import HelpDeskCore

extension MetricsQueries {
    /// Daily series for the `days` local days ending on the report's trend day.
    ///
    /// Local midnights are computed in Swift (time zones and clock changes are Foundation's
    /// job), then each series is one grouped query over a `VALUES` table of day bounds, each
    /// day an index range on `created_at` or `resolved_at`.
    func trends(days count: Int, timeZone: TimeZone) throws -> DailyTrends {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = timeZone
        let last = LocalDate(MetricsReport.trendEnd(to: to, now: now), in: cal)
        let days = (0..<max(0, count)).reversed().map { last.adding(days: -$0) }
        guard !days.isEmpty else {
            return DailyTrends(days: [], created: [], resolved: [], firstContactResolutionRate: [], escalationRate: [], csatAverage: [])
        }
        var bounds = StatementArguments()
        for (i, day) in days.enumerated() {
            _ = bounds.append(contentsOf: [i, day.instant(minutes: 0, in: cal), day.adding(days: 1).instant(minutes: 0, in: cal)])
        }
        let table = "WITH days(i, s, e) AS (VALUES \(days.map { _ in "(?, ?, ?)" }.joined(separator: ", ")))"
        let created = try Row.fetchAll(db, sql: """
            \(table) SELECT d.i, COUNT(t.id), AVG(t.escalation_count > 0)
            FROM days d LEFT JOIN tickets t ON t.created_at >= d.s AND t.created_at < d.e
            GROUP BY d.i ORDER BY d.i
            """, arguments: bounds)
        let resolved = try Row.fetchAll(db, sql: """
            \(table) SELECT d.i, COUNT(t.id), AVG(t.first_contact_resolution),
                   AVG(CASE WHEN t.csat BETWEEN 1 AND 5 THEN t.csat END)
            FROM days d LEFT JOIN tickets t ON t.resolved_at >= d.s AND t.resolved_at < d.e AND t.done = 1
            GROUP BY d.i ORDER BY d.i
            """, arguments: bounds)
        return DailyTrends(
            days: days,
            created: created.map { $0[1] }, resolved: resolved.map { $0[1] },
            firstContactResolutionRate: resolved.map { $0[2] }, escalationRate: created.map { $0[2] },
            csatAverage: resolved.map { $0[3] }
        )
    }
}
