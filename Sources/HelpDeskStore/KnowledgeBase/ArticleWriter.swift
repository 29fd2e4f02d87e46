import Foundation
import GRDB
import HelpDeskCore

/// The single write path for article content, shared by `addArticle` and the importers.
///
/// An edit first copies the current row into `article_versions` (so every earlier version is
/// kept), then updates `articles` and the search index in the same transaction.
enum ArticleWriter {
    enum Outcome: Sendable, Equatable { case inserted, updated, unchanged }

    static func insert(_ draft: ArticleDraft, status: ArticleStatus, author: String, now: Date,
                       in db: Database, session: IndexSession? = nil) throws -> Int64 {
        // Formatted once: date formatting was a visible share of a bulk import's time.
        let stamp = now.databaseValue
        try db.cachedStatement(sql: """
            INSERT INTO articles (external_id, title, body, lang, category, tags, status, author,
                                  created_at, updated_at, published_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            """).execute(arguments: [
                draft.externalID, draft.title, draft.body, draft.lang.rawValue, draft.category,
                ArticleTags.encode(draft.tags), status.rawValue, author, stamp, stamp,
                status == .published ? stamp : nil,
            ])
        let id = db.lastInsertedRowID
        try ArticleIndexer.insert(id: id, title: draft.title, body: draft.body, lang: draft.lang,
                                  status: status, in: db, session: session)
        return id
    }

    /// Replaces the content of `existing` with `draft`, keeping the old version.
    static func update(_ existing: Article, with draft: ArticleDraft, editor: String, now: Date,
                       in db: Database, session: IndexSession? = nil) throws -> Outcome {
        if draft.matches(existing) { return .unchanged }
        try saveVersion(of: existing, editor: editor, now: now, in: db)
        var article = existing
        article.externalID = draft.externalID ?? existing.externalID
        article.title = draft.title
        article.body = draft.body
        article.lang = draft.lang
        article.category = draft.category
        article.tags = draft.tags
        article.updatedAt = now
        article.version += 1
        try article.update(db)
        try ArticleIndexer.replace(article, in: db, session: session)
        return .updated
    }

    /// Inserts, or updates the article with the same external id.
    static func upsert(_ draft: ArticleDraft, status: ArticleStatus, author: String, now: Date,
                       in db: Database, session: IndexSession? = nil) throws -> (id: Int64, outcome: Outcome) {
        if let externalID = draft.externalID,
           let existing = try Article.fetchOne(db.cachedStatement(sql: "SELECT * FROM articles WHERE external_id = ?"),
                                               arguments: [externalID]) {
            return (existing.id, try update(existing, with: draft, editor: author, now: now, in: db, session: session))
        }
        return (try insert(draft, status: status, author: author, now: now, in: db, session: session), .inserted)
    }

    static func saveVersion(of article: Article, editor: String, now: Date, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO article_versions
                (article_id, version, title, body, lang, category, tags, status, editor, saved_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                article.id, article.version, article.title, article.body, article.lang.rawValue,
                article.category, ArticleTags.encode(article.tags), article.status.rawValue, editor, now,
            ])
    }
}
