import GRDB
import HelpDeskCore

/// Tables of the knowledge base.
///
/// `articles_fts` indexes the *processed* title and body (folded, stemmed by `TextAnalyzer`)
/// with SQLite's built-in `unicode61` tokenizer, never a custom one: the file stays readable and
/// writable from the plain `sqlite3` shell and any other tool. Swift code keeps it in sync in the
/// same transaction as every article write (see `ArticleIndexer`); there are no triggers because
/// SQL cannot stem. `lang` and `status` are copied in as UNINDEXED columns so a search filters
/// without joining `articles` for every matching row.
public enum KnowledgeBaseSchema {
    public static func registerMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("kb-v1") { db in
            try db.execute(sql: """
                CREATE TABLE articles (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    external_id TEXT UNIQUE,
                    title TEXT NOT NULL,
                    body TEXT NOT NULL,
                    lang TEXT NOT NULL CHECK (lang IN ('es','en')),
                    category TEXT,
                    tags TEXT NOT NULL DEFAULT '[]',
                    status TEXT NOT NULL CHECK (status IN ('draft','review','published','retired')),
                    author TEXT NOT NULL,
                    reviewer TEXT,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL,
                    published_at DATETIME,
                    helpful_count INTEGER NOT NULL DEFAULT 0,
                    not_helpful_count INTEGER NOT NULL DEFAULT 0,
                    use_count INTEGER NOT NULL DEFAULT 0,
                    version INTEGER NOT NULL DEFAULT 1
                );
                CREATE INDEX articles_status_lang ON articles(status, lang);
                CREATE TABLE article_versions (
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    version INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    body TEXT NOT NULL,
                    lang TEXT NOT NULL,
                    category TEXT,
                    tags TEXT NOT NULL,
                    status TEXT NOT NULL,
                    editor TEXT NOT NULL,
                    saved_at DATETIME NOT NULL,
                    PRIMARY KEY (article_id, version)
                ) WITHOUT ROWID;
                CREATE VIRTUAL TABLE articles_fts USING fts5(
                    lang UNINDEXED, status UNINDEXED, title, body,
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                CREATE VIRTUAL TABLE articles_fts_vocab USING fts5vocab(articles_fts, 'row');
                """)
        }
    }

    /// `kb-v2-term-stats`: per-language document frequencies for ranking (`TermStatistics`),
    /// counted from the index that is already there. Registered after every migration that
    /// shipped before it, so databases in the field apply it last.
    public static func registerSearchStatistics(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("kb-v2-term-stats") { db in
            try TermStatistics.createTables(db)
            try TermStatistics.rebuild(db)
        }
    }

    /// `kb-v3-es-english-plurals`: Spanish articles indexed again, because the Spanish analysis
    /// now gives English plurals the Spanish stemmer leaves alone their English stem ("scripts" →
    /// "script", see `TextAnalyzer.stem`); the term statistics follow. Registered last.
    public static func registerSpanishReindex(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("kb-v3-es-english-plurals") { db in
            let session = IndexSession(writesAnchors: false)
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM articles WHERE lang = 'es' ORDER BY id")
            for id in ids {
                guard let article = try Article.fetchOne(db, key: id) else { continue }
                try ArticleIndexer.replace(article, in: db, session: session)
            }
            try session.finish(db)
        }
    }
}
