import GRDB

/// Indexes for the dashboard's snapshot of open work, added after the shipped migrations
/// (never edited). Each is partial: it holds the open tickets (or their SLA rows) only, so its
/// size follows the backlog, not the history.
///
/// - `tickets_open (tier, assignee, category, created_at) WHERE done = 0`: the coverage panel's
///   work per tier and the backlog ages read the index alone. `done` is a virtual generated
///   column, and SQLite never counts an index as covering a query that reads one, so through
///   `tickets_queue` every open ticket's row was read from the table (about 2 KB each).
/// - `ticket_events_escalated_to (ticket_id, to_tier, id, area) WHERE type = 'escalated'`: the
///   area of the escalation that brought a ticket to its tier is one index probe, instead of a
///   walk through the ticket's history reading each event.
/// - `ticket_events_escalated_at (at, ticket_id) WHERE type = 'escalated'`: the KB-gaps tile's
///   escalations of the period, read from the index alone instead of each event's row.
/// - `ticket_sla_breach (breach_at) WHERE open = 1` and `ticket_sla_alert (alert_from, breach_at)
///   WHERE open = 1`: the breached and at-risk counters are index ranges; before, every open
///   ticket's SLA row was read to test them.
enum OpenWorkIndexSchema {
    static func registerMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("dashboard-v1-open-work-indexes") { db in
            try db.execute(sql: """
                CREATE INDEX tickets_open ON tickets(tier, assignee, category, created_at) WHERE done = 0;
                CREATE INDEX ticket_events_escalated_to ON ticket_events(ticket_id, to_tier, id, area) WHERE type = 'escalated';
                CREATE INDEX ticket_events_escalated_at ON ticket_events(at, ticket_id) WHERE type = 'escalated';
                CREATE INDEX ticket_sla_breach ON ticket_sla(breach_at) WHERE open = 1;
                CREATE INDEX ticket_sla_alert ON ticket_sla(alert_from, breach_at) WHERE open = 1;
                """)
        }
    }
}

extension Database {
    /// `INDEXED BY name` when the file has that index, else nothing: a reader that cannot
    /// migrate an older file (read-only) runs the same query on the indexes it has.
    func indexedBy(_ name: String) throws -> String {
        try Bool.fetchOne(self, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?)", arguments: [name]) == true
            ? "INDEXED BY \(name)" : ""
    }
}
