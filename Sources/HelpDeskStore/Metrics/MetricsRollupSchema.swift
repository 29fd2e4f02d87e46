import GRDB

/// Quarter-hour totals of the report's created and resolved populations, added after the
/// shipped migrations (never edited).
///
/// The dashboard's 14-day sparklines and the report's period figures (tickets created and the
/// share escalated; tickets resolved, first-contact resolution and the CSAT distribution) read
/// every ticket of their days: 650,000 index entries per dashboard load at a million tickets,
/// about 0.4 s. These tables hold the same sums per quarter hour (whole 900 s since 1970, UTC),
/// so a day in any time zone (offsets and clock changes fall on quarter hours) is a range of at
/// most 100 rows. Triggers on `tickets` keep them in step in the transaction that changes a
/// ticket, whichever process or tool writes it: they are part of the data, not a cache.
///
/// - `metrics_created`: per quarter of `created_at`, the tickets and how many have
///   `escalation_count > 0`.
/// - `metrics_resolved`: per quarter of `resolved_at`, for tickets resolved or closed
///   (`done = 1`) only: the tickets, the sum of `first_contact_resolution` and the count of
///   each CSAT score 1–5.
///
/// Every figure derived from them is an integer sum, and averages are those sums divided
/// (as SQLite's `AVG` of integers does), so they equal the per-ticket queries exactly.
enum MetricsRollupSchema {
    static let insertTrigger = "metrics_rollup_insert"

    /// Whole quarter hours since 1970 of a stored date (`yyyy-MM-dd HH:mm:ss.SSS`, UTC); NULL for NULL.
    static func quarter(_ column: String) -> String {
        "(CAST(strftime('%s', \(column)) AS INTEGER) / 900)"
    }

    static func isDone(_ row: String) -> String { "\(row).status IN ('resolved', 'closed')" }

    static let csatNames = (1...5).map { "csat\($0)" }

    /// Adds one ticket's contributions (`row` "new") or takes them away (`sign` "-", row "old").
    static func apply(_ row: String, sign: String) -> String {
        let s = sign == "-" ? "-" : ""
        let created = quarter("\(row).created_at"), resolved = quarter("\(row).resolved_at")
        let resolvedSet = (["tickets", "first_contact"] + csatNames).map { "\($0) = \($0) + excluded.\($0)" }.joined(separator: ", ")
        return """
            INSERT INTO metrics_created (quarter, tickets, escalated)
            SELECT \(created), \(s)1, \(s)(\(row).escalation_count > 0)
            WHERE \(created) IS NOT NULL
            ON CONFLICT (quarter) DO UPDATE SET tickets = tickets + excluded.tickets, escalated = escalated + excluded.escalated;
            INSERT INTO metrics_resolved (quarter, tickets, first_contact, \(csatNames.joined(separator: ", ")))
            SELECT \(resolved), \(s)1, \(s)\(row).first_contact_resolution, \((1...5).map { "\(s)(\(row).csat IS \($0))" }.joined(separator: ", "))
            WHERE \(resolved) IS NOT NULL AND \(isDone(row))
            ON CONFLICT (quarter) DO UPDATE SET \(resolvedSet);
            """
    }

    static func registerMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("metrics-v2-quarter-rollups") { db in
            try db.execute(sql: """
                CREATE TABLE metrics_created (
                    quarter INTEGER PRIMARY KEY,
                    tickets INTEGER NOT NULL,
                    escalated INTEGER NOT NULL
                );
                CREATE TABLE metrics_resolved (
                    quarter INTEGER PRIMARY KEY,
                    tickets INTEGER NOT NULL,
                    first_contact INTEGER NOT NULL,
                    \(csatNames.map { "\($0) INTEGER NOT NULL" }.joined(separator: ",\n    "))
                );
                CREATE TRIGGER \(insertTrigger) AFTER INSERT ON tickets
                BEGIN
                    \(apply("new", sign: "+"))
                END;
                CREATE TRIGGER metrics_rollup_delete AFTER DELETE ON tickets
                BEGIN
                    \(apply("old", sign: "-"))
                END;
                CREATE TRIGGER metrics_rollup_update
                AFTER UPDATE OF created_at, escalation_count, status, resolved_at, first_contact_resolution, csat ON tickets
                WHEN old.created_at IS NOT new.created_at
                  OR (old.escalation_count > 0) IS NOT (new.escalation_count > 0)
                  OR old.status IS NOT new.status
                  OR old.resolved_at IS NOT new.resolved_at
                  OR old.first_contact_resolution IS NOT new.first_contact_resolution
                  OR old.csat IS NOT new.csat
                BEGIN
                    \(apply("old", sign: "-"))
                    \(apply("new", sign: "+"))
                END;
                """)
            try rebuild(db)
        }
    }

    /// Recomputes both tables from `tickets` (the migration, and the demo's bulk load, which
    /// suspends the insert trigger while it loads), on the resolved population's index of the
    /// time (`tickets_resolved_facts` until `metrics-v3-resolved-cover` replaces it).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM metrics_created;
            DELETE FROM metrics_resolved;
            INSERT INTO metrics_created (quarter, tickets, escalated)
            SELECT \(quarter("created_at")) AS q, COUNT(*), SUM(escalation_count > 0)
            FROM tickets WHERE \(quarter("created_at")) IS NOT NULL GROUP BY q;
            INSERT INTO metrics_resolved (quarter, tickets, first_contact, \(csatNames.joined(separator: ", ")))
            SELECT \(quarter("resolved_at")) AS q, COUNT(*), SUM(first_contact_resolution),
                   \((1...5).map { "SUM(csat IS \($0))" }.joined(separator: ", "))
            FROM tickets \(try db.indexedBy("tickets_resolved_cover") + db.indexedBy("tickets_resolved_facts"))
            WHERE resolved_at IS NOT NULL AND \(quarter("resolved_at")) IS NOT NULL AND status IN ('resolved', 'closed') GROUP BY q;
            """)
    }
}
