import GRDB
import HelpDeskCore

/// Keeps `articles_fts`, the term statistics (`TermStatistics`) and the article's cross-reference
/// anchors (`SectionAnchors`) in step with `articles`, inside the caller's transaction.
///
/// SQL triggers cannot stem, so every write path of the knowledge base calls these functions
/// right after touching `articles`; the index never sees a half-written article.
enum ArticleIndexer {
    static func insert(id: Int64, title: String, body: String, lang: Language, status: ArticleStatus,
                       in db: Database, session: IndexSession? = nil) throws {
        let analyzer = TextAnalyzer(language: lang)
        let processedTitle = session.map { analyzer.indexText(title, cache: $0.stems) } ?? analyzer.indexText(title)
        let processedBody = session.map { analyzer.indexText(body, cache: $0.stems) } ?? analyzer.indexText(body)
        try db.cachedStatement(sql: """
            INSERT INTO articles_fts(rowid, lang, status, title, body) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [id, lang.rawValue, status.rawValue, processedTitle, processedBody])
        try record(lang: lang, title: processedTitle, body: processedBody, sign: 1, in: db, session: session)
        if session?.writesAnchors ?? true {
            try SectionAnchors.insert(articleID: id, title: title, body: body, lang: lang, in: db, cache: session?.stems)
        }
    }

    static func insert(_ article: Article, in db: Database, session: IndexSession? = nil) throws {
        try insert(id: article.id, title: article.title, body: article.body, lang: article.lang,
                   status: article.status, in: db, session: session)
    }

    static func replace(_ article: Article, in db: Database, session: IndexSession? = nil) throws {
        try remove(id: article.id, in: db, session: session)
        try insert(article, in: db, session: session)
    }

    /// Takes the article out of the index, and its terms out of the statistics (read back from
    /// the index row itself, so they are exactly the ones that were counted in).
    static func remove(id: Int64, in db: Database, session: IndexSession? = nil) throws {
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT lang, title, body FROM articles_fts WHERE rowid = ?"),
                                      arguments: [id]),
           let lang = Language(rawValue: row[0]) {
            try record(lang: lang, title: row[1], body: row[2], sign: -1, in: db, session: session)
        }
        try db.cachedStatement(sql: "DELETE FROM articles_fts WHERE rowid = ?").execute(arguments: [id])
        if session?.writesAnchors ?? true { try SectionAnchors.remove(articleID: id, in: db) }
    }

    /// A status change only: the stems stay, FTS5 rewrites the row itself. The statistics count
    /// every status, so they do not change.
    static func setStatus(id: Int64, _ status: ArticleStatus, in db: Database) throws {
        try db.cachedStatement(sql: "UPDATE articles_fts SET status = ? WHERE rowid = ?")
            .execute(arguments: [status.rawValue, id])
    }

    private static func record(lang: Language, title: String, body: String, sign: Int, in db: Database,
                               session: IndexSession?) throws {
        if let session {
            session.statistics.add(lang: lang, title: title, body: body, sign: sign)
        } else {
            var delta = TermStatsDelta()
            delta.add(lang: lang, title: title, body: body, sign: sign)
            try delta.apply(db)
        }
    }
}

/// State shared by the writes of one bulk operation (an import): a memo of stems, and the term
/// statistics gathered to be written once at the end by `finish`, in the same transaction.
final class IndexSession {
    let stems = StemCache()
    var statistics = TermStatsDelta()
    /// False only in migrations that ran before `kb-v4-section-anchors` created the anchors'
    /// table (that migration then fills it for every article).
    let writesAnchors: Bool

    init(writesAnchors: Bool = true) {
        self.writesAnchors = writesAnchors
    }

    func finish(_ db: Database) throws {
        try statistics.apply(db)
        statistics = TermStatsDelta()
    }
}
