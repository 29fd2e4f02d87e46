import Foundation
import GRDB
import HelpDeskCore

/// The SQL behind ``CoverageSnapshot``: two aggregates whose results have one row per cell,
/// whatever the size of the desk.
///
/// - Staff: active agents of L1–L3, their comma-separated areas split by a recursive CTE,
///   counted per tier and area (and per tier as a whole). The agents table has tens of rows.
/// - Work: per tier, the open tickets (a range of the partial index `tickets_open`), each with
///   the area of the escalation that brought it to its tier (a probe of
///   `ticket_events_escalated_to`), else its category; and whether it is breached now (in the
///   set of open SLA rows breached by now, the same test as the dashboard's breached counter).
///   Cost grows with the open backlog, never with closed history.
struct CoverageQueries {
    let db: Database
    let now: Date

    func snapshot() throws -> CoverageSnapshot {
        CoverageBuilder.snapshot(staff: try staff(), work: try work())
    }

    func staff() throws -> [CoverageBuilder.Staff] {
        let rows = try Row.fetchAll(db, sql: """
            WITH RECURSIVE split(login, role, on_shift, rest, area) AS (
                SELECT login, role, on_shift, areas || ',', NULL
                FROM agents WHERE active = 1 AND role IN ('l1','l2','l3')
                UNION ALL
                SELECT login, role, on_shift, substr(rest, instr(rest, ',') + 1),
                       lower(trim(substr(rest, 1, instr(rest, ',') - 1)))
                FROM split WHERE rest <> ''
            )
            SELECT role, NULL AS area, SUM(on_shift <> 0), COUNT(*) FROM agents
            WHERE active = 1 AND role IN ('l1','l2','l3') GROUP BY role
            UNION ALL
            SELECT role, area, COUNT(DISTINCT CASE WHEN on_shift <> 0 THEN login END), COUNT(DISTINCT login) FROM split
            WHERE area IS NOT NULL AND area <> '' GROUP BY role, area
            """)
        return rows.compactMap { row in
            guard let tier = Tier(rawValue: row[0]) else { return nil }
            return CoverageBuilder.Staff(tier: tier, area: row[1], onShift: row[2] ?? 0, agents: row[3] ?? 0)
        }
    }

    func work() throws -> [CoverageBuilder.Work] {
        let indexed = try !db.indexedBy("tickets_open").isEmpty
        let statement = try db.cachedStatement(sql: indexed ? Self.workSQL : Self.workSQL.replacingOccurrences(of: #"INDEXED BY \w+"#, with: "", options: .regularExpression))
        var result: [CoverageBuilder.Work] = []
        for tier in CoverageBuilder.tiers {
            for row in try Row.fetchAll(statement, arguments: [now, tier.rawValue]) {
                result.append(CoverageBuilder.Work(tier: tier, area: row[0], open: row[1], unassigned: row[2] ?? 0, breached: row[3] ?? 0))
            }
        }
        return result
    }

    /// Arguments: now, tier. Shared with the query-plan test. The breached set (a range of
    /// `ticket_sla_breach`) is built once per statement; each open ticket then costs an entry of
    /// `tickets_open` and, above L1, one probe of `ticket_events_escalated_to` (all three from
    /// `dashboard-v1-open-work-indexes`; without them, on a file a reader cannot migrate, the
    /// same query runs on the older indexes).
    static let workSQL = """
        SELECT area, COUNT(*), SUM(assignee IS NULL), SUM(breached) FROM (
            SELECT t.assignee,
                   CASE WHEN t.tier = 'l1' THEN NULL ELSE COALESCE(
                       NULLIF(lower(trim((SELECT e.area FROM ticket_events e INDEXED BY ticket_events_escalated_to
                                          WHERE e.ticket_id = t.id AND e.type = 'escalated' AND e.to_tier = t.tier
                                          ORDER BY e.id DESC LIMIT 1))), ''),
                       NULLIF(lower(trim(t.category)), '')) END AS area,
                   t.id IN (SELECT s.ticket_id FROM ticket_sla s INDEXED BY ticket_sla_breach
                            WHERE s.open = 1 AND s.breach_at <= ?) AS breached
            FROM tickets t INDEXED BY tickets_open WHERE t.tier = ? AND t.done = 0
        ) GROUP BY area
        """
}

extension AppDatabase {
    /// Who is on shift where open work waits, now (see ``CoverageSnapshot``).
    public func coverage(now: Date) throws -> CoverageSnapshot {
        try read { db in try CoverageQueries(db: db, now: now).snapshot() }
    }
}
