import Foundation
import GRDB
import HelpDeskCore

/// The SQL behind each figure of `MetricsReport`, one method per figure.
///
/// Populations (see `Metrics`): `created` = created in `[from, to)` (index `tickets_created_facts`),
/// `resolved` = resolved in `[from, to)` and still resolved or closed (index
/// `tickets_resolved_facts`; both cover what the figures read), `open` = `done = 0` now. Hours are wall-clock, to the millisecond.
struct MetricsQueries {
    let db: Database
    let from: Date
    let to: Date
    let now: Date

    /// Stored times are exact milliseconds but `julianday` differences are not (4 h came out as
    /// 3.9999999962747), so the difference is rounded back to whole milliseconds first.
    static let hours = "(ROUND((julianday(resolved_at) - julianday(created_at)) * 86400000.0) / 3600000.0)"
    private var created: String { "FROM tickets WHERE created_at >= ? AND created_at < ?" }
    /// `status` rather than `done`: `done` is a virtual generated column, and SQLite never takes
    /// an index as covering a query that reads one, so every resolved ticket's row was read.
    /// With `status` the period is a range of `tickets_resolved_cover` alone.
    var resolvedPopulation: String {
        "FROM tickets WHERE resolved_at >= ? AND resolved_at < ? AND status IN ('resolved', 'closed')"
    }
    private var resolved: String { resolvedPopulation }
    var period: StatementArguments { [from, to] }

    /// `[from, to)` in whole quarter hours since 1970 when both ends fall on one (local
    /// midnights do, in every time zone) and the file has the quarter-hour totals
    /// (`MetricsRollupSchema`); nil otherwise, and the figures are read from `tickets`.
    static func quarters(_ db: Database, from: Date, to: Date) throws -> (first: Int64, end: Int64)? {
        func quarter(_ date: Date) -> Int64? {
            let seconds = date.timeIntervalSince1970
            // From the second day of 1970: a bucket is the quotient truncated toward zero.
            guard seconds >= 86_400, seconds < 1e13, seconds.truncatingRemainder(dividingBy: 900) == 0 else { return nil }
            return Int64(seconds) / 900
        }
        guard let first = quarter(from), let end = quarter(to), try db.tableExists("metrics_created") else { return nil }
        return (first, end)
    }

    func createdCount() throws -> Int {
        if let q = try Self.quarters(db, from: from, to: to) {
            return try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(tickets), 0) FROM metrics_created WHERE quarter >= ? AND quarter < ?",
                                    arguments: [q.first, q.end]) ?? 0
        }
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) \(created)", arguments: period) ?? 0
    }

    /// Integer sums over quarter-hour rows as an average: SQLite's `AVG` of integers is their
    /// exact sum divided by the count, so this is the same double.
    static func ratio(_ part: Int?, _ whole: Int?) -> Double? {
        guard let whole, whole > 0 else { return nil }
        return Double(part ?? 0) / Double(whole)
    }

    func escalationRate() throws -> Double? {
        if let q = try Self.quarters(db, from: from, to: to) {
            let row = try Row.fetchOne(db, sql: "SELECT SUM(escalated), SUM(tickets) FROM metrics_created WHERE quarter >= ? AND quarter < ?",
                                       arguments: [q.first, q.end])
            return Self.ratio(row?[0], row?[1])
        }
        return try Double.fetchOne(db, sql: "SELECT AVG(escalation_count > 0) \(created)", arguments: period)
    }

    /// Per tier: of the created tickets that reached the tier (L1 always; others by being
    /// there now or moved there), the share escalated out of it.
    ///
    /// One pass: each created ticket (a range of `tickets_created_facts`, grouped in that
    /// index's order) joined with its own moves (the partial index `ticket_events_moves`),
    /// rather than five correlated `EXISTS` probes per ticket (1.2 s for 70,000 tickets, now
    /// 0.5 s; 2 s for 700,000).
    func escalationRateByTier() throws -> [String: Double] {
        let tiers: [Tier] = [.l1, .l2, .l3]
        func reached(_ tier: Tier) -> String {
            tier == .l1 ? "1" : "(t.tier = '\(tier.rawValue)' OR COALESCE(MAX(e.to_tier = '\(tier.rawValue)'), 0))"
        }
        func left(_ tier: Tier) -> String {
            "COALESCE(MAX(e.type = 'escalated' AND e.from_tier = '\(tier.rawValue)'), 0)"
        }
        let columns = tiers.map { "SUM(r_\($0.rawValue)), SUM(r_\($0.rawValue) AND o_\($0.rawValue))" }.joined(separator: ", ")
        let inner = tiers.map { "\(reached($0)) AS r_\($0.rawValue), \(left($0)) AS o_\($0.rawValue)" }.joined(separator: ", ")
        guard let row = try Row.fetchOne(db, sql: """
            SELECT \(columns) FROM (
                SELECT \(inner) FROM tickets t
                LEFT JOIN ticket_events e ON e.ticket_id = t.id AND e.type IN ('escalated', 'deescalated')
                WHERE t.created_at >= ? AND t.created_at < ? GROUP BY t.created_at, t.escalation_count, t.tier, t.id)
            """, arguments: period) else { return [:] }
        var rates: [String: Double] = [:]
        for (i, tier) in tiers.enumerated() {
            let population = (row[2 * i] as Int?) ?? 0
            let out = (row[2 * i + 1] as Int?) ?? 0
            if population > 0 { rates[tier.rawValue] = Double(out) / Double(population) }
        }
        return rates
    }

    func firstContactResolutionRate() throws -> Double? {
        if let q = try Self.quarters(db, from: from, to: to) {
            let row = try Row.fetchOne(db, sql: "SELECT SUM(first_contact), SUM(tickets) FROM metrics_resolved WHERE quarter >= ? AND quarter < ?",
                                       arguments: [q.first, q.end])
            return Self.ratio(row?[0], row?[1])
        }
        return try Double.fetchOne(db, sql: "SELECT AVG(first_contact_resolution) \(resolved)", arguments: period)
    }

    /// Count, mean and median hours to resolve, optionally for one group: the definition, a
    /// count and a sort of the group per call. The report uses `resolutionStats()`, which gives
    /// the same figures for all groups at once; the tests hold it to this.
    func resolution(where extra: String = "", _ extraArgs: StatementArguments = []) throws -> DurationStats {
        let filter = "\(resolved)\(extra.isEmpty ? "" : " AND " + extra)"
        let args = period + extraArgs
        let row = try Row.fetchOne(db, sql: "SELECT COUNT(*), AVG(\(Self.hours)) \(filter)", arguments: args)
        let count = (row?[0] as Int?) ?? 0
        guard count > 0 else { return DurationStats(count: 0, meanHours: nil, medianHours: nil) }
        // The middle one or two values in order: OFFSET skips the lower half.
        let middle = try Double.fetchAll(db, sql: "SELECT \(Self.hours) AS h \(filter) ORDER BY h LIMIT ? OFFSET ?",
                                         arguments: args + [count.isMultiple(of: 2) ? 2 : 1, (count - 1) / 2])
        let median = middle.isEmpty ? nil : middle.reduce(0, +) / Double(middle.count)
        return DurationStats(count: count, meanHours: row?[1], medianHours: median)
    }

    /// Per-group statistics, in the order of `groups`, only groups with data. `priority` is
    /// stored as its rank (1–4), so `P2` is looked up as 2.
    func resolutionByGroup(column: String, groups: [String]) throws -> [GroupStats] {
        try groups.compactMap { group in
            let value: any DatabaseValueConvertible = column == "priority" ? (Priority(rawValue: group)?.rank ?? 0) : group
            return GroupStats(group: group, stats: try resolution(where: "\(column) = ?", [value]))
        }
    }

    /// One count per tier, each a range of the `tickets_queue` index (tier, done, …): a
    /// `GROUP BY tier` would walk that index over every ticket ever logged.
    func openByTier() throws -> TierCounts {
        var counts = TierCounts()
        let statement = try db.cachedStatement(sql: "SELECT COUNT(*) FROM tickets WHERE tier = ? AND done = 0")
        for tier in Tier.allCases {
            counts[tier] = try Int.fetchOne(statement, arguments: [tier.rawValue]) ?? 0
        }
        return counts
    }

    /// Open tickets by age at `now`, with the buckets of `BacklogAge` (upper bounds exclusive):
    /// the whole partial index `tickets_open`, never a ticket row.
    func backlogAge() throws -> BacklogAge {
        let edges = BacklogAge.bounds.map { now.addingTimeInterval(-$0) }
        let row = try Row.fetchOne(db, sql: """
            SELECT SUM(created_at > ?), SUM(created_at <= ? AND created_at > ?),
                   SUM(created_at <= ? AND created_at > ?), SUM(created_at <= ?)
            FROM tickets \(try db.indexedBy("tickets_open")) WHERE done = 0
            """, arguments: [edges[0], edges[0], edges[1], edges[1], edges[2], edges[2]])
        func n(_ i: Int) -> Int { (row?[i] as Int?) ?? 0 }
        return BacklogAge(under4h: n(0), under1d: n(1), under3d: n(2), older: n(3))
    }

    func csat() throws -> CSATSummary {
        if let q = try Self.quarters(db, from: from, to: to) {
            let sums = MetricsRollupSchema.csatNames.map { "COALESCE(SUM(\($0)), 0)" }.joined(separator: ", ")
            let row = try Row.fetchOne(db, sql: "SELECT \(sums) FROM metrics_resolved WHERE quarter >= ? AND quarter < ?",
                                       arguments: [q.first, q.end])
            return CSATSummary(distribution: (0..<5).map { (row?[$0] as Int?) ?? 0 })
        }
        var counts = [0, 0, 0, 0, 0]
        for row in try Row.fetchAll(db, sql: "SELECT csat, COUNT(*) \(resolved) AND csat BETWEEN 1 AND 5 GROUP BY csat", arguments: period) {
            let score: Int = row[0]
            counts[score - 1] = row[1]
        }
        return CSATSummary(distribution: counts)
    }

    /// Open tickets per assignee, busiest first, ties by login. Counted per agent (assignees
    /// are agents, by foreign key), each a range of `tickets_assignee`, rather than grouping
    /// the whole index.
    func workload() throws -> [AgentWorkload] {
        try Row.fetchAll(db, sql: """
            SELECT login, n FROM (
                SELECT a.login, (SELECT COUNT(*) FROM tickets t WHERE t.assignee = a.login AND t.done = 0) AS n FROM agents a
            ) WHERE n > 0 ORDER BY n DESC, login
            """).map { AgentWorkload(login: $0[0], open: $0[1]) }
    }

    /// Open tickets breached now (the dashboard's counter and its drill-down list): a range of
    /// the partial index `ticket_sla_breach`.
    func slaBreachedOpen() throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM ticket_sla \(try db.indexedBy("ticket_sla_breach"))
            WHERE open = 1 AND breach_at <= ?
            """, arguments: [now]) ?? 0
    }

    /// Tickets resolved in the period that breached a timer on the way.
    func slaBreachedResolved() throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM tickets t JOIN ticket_sla s ON s.ticket_id = t.id
            WHERE t.resolved_at >= ? AND t.resolved_at < ? AND t.status IN ('resolved', 'closed') AND s.breached = 1
            """, arguments: period) ?? 0
    }

    /// Open tickets at risk now and not breached: a range of `ticket_sla_alert`, read alone.
    func slaAtRisk() throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM ticket_sla \(try db.indexedBy("ticket_sla_alert"))
            WHERE open = 1 AND alert_from <= ? AND (breach_at IS NULL OR breach_at > ?)
            """, arguments: [now, now]) ?? 0
    }
}
