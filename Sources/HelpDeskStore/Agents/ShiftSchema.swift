import GRDB

/// The shift log, added after `core-v1` (never edited): one row per change of an agent's
/// `on_shift` flag (`helpdesk agent shift`), with who made it and when.
///
/// Agents have no history of their own (ticket history is per ticket, hash-chained), so the
/// log is a plain append-only table: triggers refuse updates and deletes, as for
/// `ticket_events`, but it is not part of the tamper-evident chain.
enum ShiftSchema {
    static func registerMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("agents-v2-shift-log") { db in
            try db.execute(sql: """
                CREATE TABLE agent_shift_log (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    login TEXT NOT NULL REFERENCES agents(login),
                    on_shift INTEGER NOT NULL,
                    actor TEXT NOT NULL,
                    at DATETIME NOT NULL
                );
                CREATE INDEX agent_shift_log_login ON agent_shift_log(login, id);
                CREATE TRIGGER agent_shift_log_no_update BEFORE UPDATE ON agent_shift_log
                BEGIN SELECT RAISE(ABORT, 'the shift log is append-only'); END;
                CREATE TRIGGER agent_shift_log_no_delete BEFORE DELETE ON agent_shift_log
                BEGIN SELECT RAISE(ABORT, 'the shift log is append-only'); END;
                """)
        }
    }
}
