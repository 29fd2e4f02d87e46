import GRDB

/// The coaching feed's index, added after the shipped migrations (never edited).
///
/// `coaching_items` holds one row per (technician, event) that belongs in that technician's
/// feed: a de-escalation back to the tier they escalated a ticket from, or a resolution with an
/// article by someone else after they escalated it. An `AFTER INSERT` trigger on the
/// append-only `ticket_events` adds the rows in the very transaction that appends the event,
/// whichever process or tool writes it, so the table is never behind the history; the feed is
/// then the newest rows of one technician, a range of the primary key, whatever the size of the
/// history (it used to join every escalation the technician ever made with the later events of
/// those tickets: 0.65–1.6 s for 99,000 escalations at a million tickets).
enum CoachingSchema {
    static let trigger = "coaching_items_insert"

    /// What the trigger adds for one new event `x`, and the migration for every event already
    /// there: the same conditions as the feed's original query (see `coachingFeedFromHistory`).
    static func rows(forEvents filter: String) -> String {
        """
        SELECT DISTINCT e.actor, x.id FROM ticket_events x
        JOIN ticket_events e ON e.ticket_id = x.ticket_id AND e.id < x.id AND e.type = 'escalated'
        WHERE \(filter)
          AND ((x.type = 'deescalated' AND e.from_tier = x.to_tier)
               OR (x.type = 'resolved' AND x.article_id IS NOT NULL AND e.actor <> x.actor))
        """
    }

    static func registerMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("coaching-v1-feed-items") { db in
            try db.execute(sql: """
                CREATE TABLE coaching_items (
                    agent TEXT NOT NULL,
                    event_id INTEGER NOT NULL,
                    PRIMARY KEY (agent, event_id)
                ) WITHOUT ROWID;
                CREATE TRIGGER \(trigger) AFTER INSERT ON ticket_events
                WHEN new.type = 'deescalated' OR (new.type = 'resolved' AND new.article_id IS NOT NULL)
                BEGIN
                    INSERT OR IGNORE INTO coaching_items (agent, event_id)
                    \(rows(forEvents: "x.id = new.id"));
                END;
                """)
            try rebuild(db)
        }
    }

    /// Fills `coaching_items` from the whole history (the migration, and the demo's bulk load,
    /// which suspends the trigger while it appends events).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM coaching_items")
        try db.execute(sql: "INSERT OR IGNORE INTO coaching_items (agent, event_id) \(rows(forEvents: "x.type IN ('deescalated', 'resolved')"))")
    }
}
