import GRDB

/// Article ↔ ticket links and the record of searches that found nothing (migration
/// `kb-links-v1`, added after `kb-v1`, `sla-v1` and `kb-v2-term-stats`, which stay as shipped).
///
/// `article_ticket_links` is the data behind an article's use count (its `used` links, one
/// per resolved ticket) and behind "articles of this ticket"; one row per (article, ticket,
/// kind). `articles.use_count` is kept as a cache of that count, rewritten in the same
/// transaction as every new `used` link, so every reader of the column agrees with the links.
///
/// `kb_search_gaps` aggregates zero-result searches by folded query and language (`''` for
/// "every language"): one UPSERT per gap, so a popular missing topic is one row, not a log.
enum KnowledgeBaseLinksSchema {
    static func registerMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("kb-links-v1") { db in
            try db.execute(sql: """
                CREATE TABLE article_ticket_links (
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
                    kind TEXT NOT NULL CHECK (kind IN ('used','suggested','drafted-from')),
                    agent TEXT NOT NULL,
                    at DATETIME NOT NULL,
                    PRIMARY KEY (article_id, ticket_id, kind)
                ) WITHOUT ROWID;
                CREATE INDEX article_ticket_links_ticket ON article_ticket_links(ticket_id);
                -- "Is there a published article in this category?" for the KB-gaps report.
                CREATE INDEX articles_category ON articles(category COLLATE NOCASE, status);

                CREATE TABLE kb_search_gaps (
                    query TEXT NOT NULL,
                    lang TEXT NOT NULL DEFAULT '' CHECK (lang IN ('','es','en')),
                    count INTEGER NOT NULL DEFAULT 1,
                    first_seen DATETIME NOT NULL,
                    last_seen DATETIME NOT NULL,
                    last_agent TEXT NOT NULL,
                    PRIMARY KEY (query, lang)
                ) WITHOUT ROWID;
                CREATE INDEX kb_search_gaps_last_seen ON kb_search_gaps(last_seen);

                -- Links the history already records: resolutions with an article, kb_linked events.
                INSERT OR IGNORE INTO article_ticket_links (article_id, ticket_id, kind, agent, at)
                    SELECT e.article_id, e.ticket_id, CASE e.type WHEN 'resolved' THEN 'used' ELSE 'suggested' END, e.actor, e.at
                    FROM ticket_events e JOIN articles a ON a.id = e.article_id
                    WHERE e.type IN ('resolved','kb_linked') ORDER BY e.id;
                UPDATE articles SET use_count =
                    (SELECT COUNT(*) FROM article_ticket_links l WHERE l.article_id = articles.id AND l.kind = 'used');
                """)
        }
    }

    /// `kb_search_gap_hours` (migration `kb-gaps-v2-hours`): the same searches counted per
    /// hour (`hour` = Unix time ÷ 3600), so "gap searches today / this week" count the searches
    /// made in the period, not every search ever made of a query last seen in it. Hours, not
    /// days, because a day depends on the viewer's time zone; existing counts are put in the hour
    /// their query was last seen (the best the old aggregate knows).
    static func registerGapHours(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("kb-gaps-v2-hours") { db in
            try db.execute(sql: """
                CREATE TABLE kb_search_gap_hours (
                    query TEXT NOT NULL,
                    lang TEXT NOT NULL,
                    hour INTEGER NOT NULL,
                    count INTEGER NOT NULL DEFAULT 1,
                    PRIMARY KEY (query, lang, hour),
                    FOREIGN KEY (query, lang) REFERENCES kb_search_gaps(query, lang) ON DELETE CASCADE
                ) WITHOUT ROWID;
                CREATE INDEX kb_search_gap_hours_hour ON kb_search_gap_hours(hour);
                INSERT INTO kb_search_gap_hours (query, lang, hour, count)
                    SELECT query, lang, CAST(strftime('%s', last_seen) AS INTEGER) / 3600, count FROM kb_search_gaps;
                """)
        }
    }
}
