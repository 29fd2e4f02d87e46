import GRDB

/// Indexes for the report's populations at a million tickets, added after the shipped
/// migrations (which are never edited).
///
/// - `tickets_created_facts` replaces `tickets_created`: the created-in-period figures
///   (count, escalation rate, the per-tier escalation rates' outer side, the daily trend) read
///   only the index, never the table.
/// - `tickets_resolved_facts` replaces `tickets_resolved`: the resolved-in-period figures
///   (FCR, time to resolve with its medians by tier and priority, CSAT, trends) likewise. At a
///   million tickets the 30-day report went from about 68 s to a few seconds (see
///   `Benchmarks/scale`).
/// - `ticket_events_moves`: only escalations and de-escalations, covering what the per-tier
///   escalation rate reads from them, instead of probing each ticket's whole history.
enum MetricsSchema {
    static func registerMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("metrics-v1-covering-indexes") { db in
            try db.execute(sql: """
                DROP INDEX IF EXISTS tickets_created;
                DROP INDEX IF EXISTS tickets_resolved;
                CREATE INDEX tickets_created_facts ON tickets(created_at, escalation_count, tier);
                CREATE INDEX tickets_resolved_facts
                    ON tickets(resolved_at, done, tier, priority, first_contact_resolution, csat, created_at);
                CREATE INDEX ticket_events_moves ON ticket_events(ticket_id, type, from_tier, to_tier)
                    WHERE type IN ('escalated', 'deescalated');
                """)
        }
    }
}

/// `tickets_resolved_facts` was meant to cover the resolved population, but it holds `done`, a
/// virtual generated column: SQLite never takes an index as covering a query that reads one,
/// so the report read every resolved ticket's row of the period (700,000 at a million tickets
/// for 30 days, once per figure and group). `tickets_resolved_cover` holds `status` instead
/// (queries say `status IN ('resolved', 'closed')`, what `done = 1` means) and keeps the old
/// index's order for the rows it selects (`done` was constant among them), so every sum adds
/// the same values in the same order.
enum ResolvedCoverSchema {
    static func registerMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("metrics-v3-resolved-cover") { db in
            try db.execute(sql: """
                DROP INDEX IF EXISTS tickets_resolved_facts;
                CREATE INDEX tickets_resolved_cover
                    ON tickets(resolved_at, tier, priority, first_contact_resolution, csat, created_at, status);
                """)
        }
    }
}
