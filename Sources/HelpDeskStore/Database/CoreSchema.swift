import GRDB

/// Tables for agents, requesters, organisations, tickets and their history.
///
/// Queue queries read `tickets` by (tier, status, priority, age); the indexes below exist for
/// exactly those shapes so a million-ticket file still opens a queue instantly.
enum CoreSchema {
    static func registerMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("core-v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                CREATE TABLE organisations (
                    name TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
                    plan TEXT NOT NULL CHECK (plan IN ('basic','intermediate','advanced','personalised'))
                );
                CREATE TABLE requesters (
                    handle TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
                    name TEXT NOT NULL,
                    organisation TEXT REFERENCES organisations(name) ON UPDATE CASCADE
                );
                CREATE INDEX requesters_name ON requesters(name COLLATE NOCASE);
                CREATE TABLE agents (
                    login TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('l1','l2','l3','supervisor','admin')),
                    areas TEXT NOT NULL DEFAULT '',
                    on_shift INTEGER NOT NULL DEFAULT 1,
                    active INTEGER NOT NULL DEFAULT 1
                );
                CREATE TABLE tickets (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (kind IN ('incident','request')),
                    subject TEXT NOT NULL,
                    description TEXT NOT NULL DEFAULT '',
                    requester TEXT NOT NULL,
                    organisation TEXT,
                    plan TEXT NOT NULL,
                    category TEXT,
                    impact TEXT NOT NULL,
                    urgency TEXT NOT NULL,
                    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),
                    status TEXT NOT NULL CHECK (status IN ('new','open','pending-customer','pending-vendor','resolved','closed')),
                    tier TEXT NOT NULL CHECK (tier IN ('l1','l2','l3','external')),
                    external_name TEXT,
                    return_tier TEXT,
                    assignee TEXT REFERENCES agents(login),
                    created_by TEXT NOT NULL,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL,
                    first_response_at DATETIME,
                    resolved_at DATETIME,
                    closed_at DATETIME,
                    escalation_count INTEGER NOT NULL DEFAULT 0,
                    first_contact_resolution INTEGER NOT NULL DEFAULT 0,
                    csat INTEGER CHECK (csat BETWEEN 1 AND 5),
                    version INTEGER NOT NULL DEFAULT 1,
                    -- 0 while work is expected, 1 once resolved or closed: lists show open work first.
                    done INTEGER GENERATED ALWAYS AS (status IN ('resolved','closed')) VIRTUAL
                );
                CREATE INDEX tickets_queue ON tickets(tier, done, priority, created_at, id);
                CREATE INDEX tickets_urgency ON tickets(done, priority, created_at, id);
                CREATE INDEX tickets_assignee ON tickets(assignee, done, priority, created_at, id);
                CREATE INDEX tickets_requester ON tickets(requester);
                CREATE INDEX tickets_created ON tickets(created_at);
                CREATE INDEX tickets_resolved ON tickets(resolved_at);

                CREATE TABLE ticket_events (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
                    type TEXT NOT NULL,
                    at DATETIME NOT NULL,
                    actor TEXT NOT NULL,
                    text TEXT,
                    from_status TEXT,
                    to_status TEXT,
                    from_tier TEXT,
                    to_tier TEXT,
                    external_name TEXT,
                    area TEXT,
                    reason TEXT,
                    tried TEXT,
                    assignee TEXT,
                    article_id INTEGER,
                    first_contact INTEGER,
                    csat INTEGER,
                    -- SHA-256 chain over the history; see EventChain.
                    hash TEXT NOT NULL
                );
                CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, id);
                CREATE INDEX ticket_events_type_at ON ticket_events(type, at);
                CREATE INDEX ticket_events_actor ON ticket_events(actor, type);

                -- History is append-only, whoever writes to the file.
                CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
                BEGIN SELECT RAISE(ABORT, 'ticket history is append-only'); END;
                CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
                BEGIN SELECT RAISE(ABORT, 'ticket history is append-only'); END;

                -- Accent- and case-insensitive ticket search, kept in sync by triggers.
                CREATE VIRTUAL TABLE tickets_fts USING fts5(
                    subject, description, requester,
                    content='tickets', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN
                    INSERT INTO tickets_fts(rowid, subject, description, requester)
                    VALUES (new.id, new.subject, new.description, new.requester);
                END;
                CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN
                    INSERT INTO tickets_fts(tickets_fts, rowid, subject, description, requester)
                    VALUES ('delete', old.id, old.subject, old.description, old.requester);
                END;
                CREATE TRIGGER tickets_fts_update AFTER UPDATE OF subject, description, requester ON tickets BEGIN
                    INSERT INTO tickets_fts(tickets_fts, rowid, subject, description, requester)
                    VALUES ('delete', old.id, old.subject, old.description, old.requester);
                    INSERT INTO tickets_fts(rowid, subject, description, requester)
                    VALUES (new.id, new.subject, new.description, new.requester);
                END;
                """)
        }
    }
}
