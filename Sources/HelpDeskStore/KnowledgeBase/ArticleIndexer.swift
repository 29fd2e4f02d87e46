import GRDB
import HelpDeskCore

/// Keeps `articles_fts` in step with `articles`, inside the caller's transaction.
///
/// SQL triggers cannot stem, so every write path of the knowledge base calls these functions
/// right after touching `articles`; the index never sees a half-written article.
enum ArticleIndexer {
    static func insert(id: Int64, title: String, body: String, lang: Language, status: ArticleStatus,
                       in db: Database, cache: StemCache? = nil) throws {
        let analyzer = TextAnalyzer(language: lang)
        let processedTitle = cache.map { analyzer.indexText(title, cache: $0) } ?? analyzer.indexText(title)
        let processedBody = cache.map { analyzer.indexText(body, cache: $0) } ?? analyzer.indexText(body)
        try db.cachedStatement(sql: """
            INSERT INTO articles_fts(rowid, lang, status, title, body) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [id, lang.rawValue, status.rawValue, processedTitle, processedBody])
    }

    static func insert(_ article: Article, in db: Database, cache: StemCache? = nil) throws {
        try insert(id: article.id, title: article.title, body: article.body, lang: article.lang,
                   status: article.status, in: db, cache: cache)
    }

    static func replace(_ article: Article, in db: Database, cache: StemCache? = nil) throws {
        try remove(id: article.id, in: db)
        try insert(article, in: db, cache: cache)
    }

    static func remove(id: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM articles_fts WHERE rowid = ?").execute(arguments: [id])
    }

    /// A status change only: the stems stay, FTS5 rewrites the row itself.
    static func setStatus(id: Int64, _ status: ArticleStatus, in db: Database) throws {
        try db.cachedStatement(sql: "UPDATE articles_fts SET status = ? WHERE rowid = ?")
            .execute(arguments: [status.rawValue, id])
    }
}
