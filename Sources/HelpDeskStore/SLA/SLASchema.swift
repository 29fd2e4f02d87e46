import GRDB

/// Tables of the SLA engine, added after `core-v1` (which is never edited).
///
/// - `sla_config`: the imported `sla.toml` text (one row). The store keeps the text, not a
///   parsed form, so `sla export` gives back what was imported and a newer helpdesk can
///   still read it.
/// - `ticket_sla`: each ticket's timers as of its last change or `sla run`, so lists, the
///   dashboard, the report and `sla run` find breached and at-risk tickets with an index
///   instead of replaying every history.
/// - `sla_actions`: one row per automatic action ever taken, with a unique key; inserting
///   it in the same transaction as the action makes each action happen once, whatever runs
///   `sla run` at the same moment.
enum SLASchema {
    static func registerMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("sla-v1") { db in
            try db.execute(sql: """
                CREATE TABLE sla_config (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    toml TEXT NOT NULL,
                    source TEXT NOT NULL,
                    imported_by TEXT NOT NULL,
                    imported_at DATETIME NOT NULL
                );

                CREATE TABLE ticket_sla (
                    ticket_id INTEGER PRIMARY KEY NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                    -- The timer a one-column list shows (TicketSLA.headline), its state and due.
                    timer TEXT NOT NULL,
                    state TEXT NOT NULL,
                    due DATETIME,
                    first_response_due DATETIME,
                    next_update_due DATETIME,
                    resolution_due DATETIME,
                    -- Flags as of computed_at; `breached` includes timers stopped late.
                    breached INTEGER NOT NULL,
                    at_risk INTEGER NOT NULL,
                    paused INTEGER NOT NULL,
                    -- 1 while the ticket is active (mirrors tickets.done = 0).
                    open INTEGER NOT NULL,
                    -- From when an open ticket needs attention (at risk or breached) and from when
                    -- it is breached, if nothing changes; NULL when no running timer gets there.
                    alert_from DATETIME,
                    breach_at DATETIME,
                    -- When `sla run` must look at the ticket next: now if an action is pending,
                    -- else the next at-risk or due instant; NULL when only a change can matter.
                    next_check_at DATETIME,
                    computed_at DATETIME NOT NULL
                );
                -- Open tickets in due order: the dashboard's at-risk/breached list scans it and
                -- stops at its limit; the report's SLA counts read only open rows.
                CREATE INDEX ticket_sla_open_due ON ticket_sla(due) WHERE open = 1;
                -- `sla run` candidates.
                CREATE INDEX ticket_sla_next_check ON ticket_sla(next_check_at) WHERE next_check_at IS NOT NULL;

                CREATE TABLE sla_actions (
                    dedupe_key TEXT PRIMARY KEY NOT NULL,
                    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
                    action TEXT NOT NULL,
                    at DATETIME NOT NULL
                );
                CREATE INDEX sla_actions_ticket ON sla_actions(ticket_id);
                """)
        }
    }
}
