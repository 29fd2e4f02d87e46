import Foundation
import GRDB
import HelpDeskCore

extension AppDatabase: SLARepository {
    /// The live SLA of each given ticket, for the rows a list shows (`ticket list`, the
    /// queues): computed by `SLAClock` from the tickets and their histories, read in two
    /// queries, so labels count down exactly even between `sla run`s. Meant for one
    /// screenful of ids, not for a whole table.
    public func slaSummary(ticketIDs: [Int64], now: Date) throws -> [Int64: TicketSLA] {
        guard !ticketIDs.isEmpty else { return [:] }
        let clock = SLAClock(policies: slaPolicies)
        return try read { db in
            var result: [Int64: TicketSLA] = [:]
            for chunk in stride(from: 0, to: ticketIDs.count, by: 500).map({ Array(ticketIDs[$0..<min($0 + 500, ticketIDs.count)]) }) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let tickets = try Ticket.fetchAll(db, sql: "SELECT * FROM tickets WHERE id IN (\(marks))", arguments: StatementArguments(chunk))
                let events = try TicketEvent.fetchAll(
                    db, sql: "SELECT * FROM ticket_events WHERE ticket_id IN (\(marks)) ORDER BY ticket_id, id",
                    arguments: StatementArguments(chunk))
                let byTicket = Dictionary(grouping: events, by: \.ticketID)
                for t in tickets { result[t.id] = clock.evaluate(t, history: byTicket[t.id] ?? [], now: now) }
            }
            return result
        }
    }

    /// The live SLA of one ticket (`ticket show`), or nil when there is no such ticket.
    public func sla(ticketID: Int64, now: Date) throws -> TicketSLA? {
        try slaSummary(ticketIDs: [ticketID], now: now)[ticketID]
    }

    /// Open tickets that are breached or at risk at `now`, soonest due first (breached ones,
    /// due in the past, come first), at most `limit`.
    ///
    /// Reads `ticket_sla` through its partial index on `due` for open tickets, so it stops
    /// after `limit` matches even with a million tickets. Based on each ticket's last
    /// refresh: a timer that crossed a threshold since then is caught by `alert_from`.
    public func atRiskAndBreached(limit: Int = 50, now: Date) throws -> [SLAWatchItem] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: Self.watchListSQL + " LIMIT ?", arguments: [now, now, max(0, limit)])
            return try rows.map { row in
                SLAWatchItem(
                    ticket: try Ticket(row: row),
                    timer: SLATimerKind(rawValue: row["sla_timer"]) ?? .resolution,
                    due: row["sla_due"], isBreached: row["sla_breached_now"]
                )
            }
        }
    }

    /// Shared with the query-plan test: the dashboard list must stay an index scan.
    static let watchListSQL = """
        SELECT t.*, s.timer AS sla_timer, s.due AS sla_due,
               (s.breach_at <= ?) AS sla_breached_now
        FROM ticket_sla s INDEXED BY ticket_sla_open_due
        JOIN tickets t ON t.id = s.ticket_id
        WHERE s.open = 1 AND s.alert_from <= ?
        ORDER BY s.due
        """

    /// `EXPLAIN QUERY PLAN` of the dashboard list, one line per step.
    public func atRiskAndBreachedPlan() throws -> [String] {
        let now = Date()
        return try read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + Self.watchListSQL + " LIMIT 50", arguments: [now, now])
                .map { $0["detail"] as String }
        }
    }
}
