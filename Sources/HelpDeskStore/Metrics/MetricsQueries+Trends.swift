import Foundation
import GRDB
import HelpDeskCore

extension MetricsQueries {
    /// Daily series for the `days` local days ending on the report's trend day.
    ///
    /// Local midnights are computed in Swift (time zones and clock changes are Foundation's
    /// job), then each series is one grouped query over a `VALUES` table of day bounds, each
    /// day a range of the quarter-hour totals (at most 100 rows), or where those cannot serve
    /// (a file not yet migrated, a day not on quarter hours) an index range on `created_at` or
    /// `resolved_at`.
    func trends(days count: Int, timeZone: TimeZone) throws -> DailyTrends {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = timeZone
        let last = LocalDate(MetricsReport.trendEnd(to: to, now: now), in: cal)
        let days = (0..<max(0, count)).reversed().map { last.adding(days: -$0) }
        guard !days.isEmpty else {
            return DailyTrends(days: [], created: [], resolved: [], firstContactResolutionRate: [], escalationRate: [], csatAverage: [])
        }
        let edges = days.map { ($0.instant(minutes: 0, in: cal), $0.adding(days: 1).instant(minutes: 0, in: cal)) }
        let table = "WITH days(i, s, e) AS (VALUES \(days.map { _ in "(?, ?, ?)" }.joined(separator: ", ")))"
        // Each day a range of the quarter-hour totals when every day starts and ends on a quarter hour.
        var quarters = StatementArguments()
        var aligned = true
        for (i, (start, end)) in edges.enumerated() {
            guard let q = try Self.quarters(db, from: start, to: end) else { aligned = false; break }
            _ = quarters.append(contentsOf: [i, q.first, q.end])
        }
        if aligned {
            let created = try Row.fetchAll(db, sql: """
                \(table) SELECT d.i, COALESCE(SUM(q.tickets), 0), SUM(q.escalated)
                FROM days d LEFT JOIN metrics_created q ON q.quarter >= d.s AND q.quarter < d.e
                GROUP BY d.i ORDER BY d.i
                """, arguments: quarters)
            let resolved = try Row.fetchAll(db, sql: """
                \(table) SELECT d.i, COALESCE(SUM(q.tickets), 0), SUM(q.first_contact),
                       SUM(q.csat1 + 2 * q.csat2 + 3 * q.csat3 + 4 * q.csat4 + 5 * q.csat5),
                       SUM(q.csat1 + q.csat2 + q.csat3 + q.csat4 + q.csat5)
                FROM days d LEFT JOIN metrics_resolved q ON q.quarter >= d.s AND q.quarter < d.e
                GROUP BY d.i ORDER BY d.i
                """, arguments: quarters)
            return DailyTrends(
                days: days,
                created: created.map { $0[1] }, resolved: resolved.map { $0[1] },
                firstContactResolutionRate: resolved.map { Self.ratio($0[2], $0[1]) },
                escalationRate: created.map { Self.ratio($0[2], $0[1]) },
                csatAverage: resolved.map { Self.ratio($0[3], $0[4]) }
            )
        }
        var bounds = StatementArguments()
        for (i, (start, end)) in edges.enumerated() {
            _ = bounds.append(contentsOf: [i, start, end])
        }
        let created = try Row.fetchAll(db, sql: """
            \(table) SELECT d.i, COUNT(t.id), AVG(t.escalation_count > 0)
            FROM days d LEFT JOIN tickets t ON t.created_at >= d.s AND t.created_at < d.e
            GROUP BY d.i ORDER BY d.i
            """, arguments: bounds)
        let resolved = try Row.fetchAll(db, sql: """
            \(table) SELECT d.i, COUNT(t.id), AVG(t.first_contact_resolution),
                   AVG(CASE WHEN t.csat BETWEEN 1 AND 5 THEN t.csat END)
            FROM days d LEFT JOIN tickets t ON t.resolved_at >= d.s AND t.resolved_at < d.e AND t.status IN ('resolved', 'closed')
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
