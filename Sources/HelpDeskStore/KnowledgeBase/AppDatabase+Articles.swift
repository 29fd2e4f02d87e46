import Foundation
import GRDB
import HelpDeskCore

/// An earlier version of an article, kept on every edit.
public struct ArticleVersion: Sendable, Equatable {
    public var articleID: Int64
    public var version: Int
    public var title: String
    public var body: String
    public var status: ArticleStatus
    public var editor: String
    public var savedAt: Date
}

/// Articles: creation, edits with history, lifecycle, export.
extension AppDatabase {
    /// Adds an article (or, when `draft.externalID` already exists, updates that one).
    @discardableResult
    public func addArticle(_ draft: ArticleDraft, status: ArticleStatus = .draft, author: String,
                           now: Date = Date()) throws -> Article {
        let draft = try validate(draft)
        return try write { db in
            let (id, _) = try ArticleWriter.upsert(draft, status: status, author: author, now: now, in: db)
            return try Article.fetchOne(db, key: id)!
        }
    }

    /// Replaces an article's content; the previous version goes to its history.
    @discardableResult
    public func updateArticle(id: Int64, with draft: ArticleDraft, editor: String, now: Date = Date()) throws -> Article {
        try write { db in
            guard let existing = try Article.fetchOne(db, key: id) else { throw StoreError.articleNotFound("#\(id)") }
            // Only what the edit changes is checked: fields stored before the limits stay as they are.
            let draft = try validate(draft, keepingUnchangedFrom: existing)
            _ = try ArticleWriter.update(existing, with: draft, editor: editor, now: now, in: db)
            return try Article.fetchOne(db, key: id)!
        }
    }

    public func article(id: Int64) throws -> Article? {
        try read { db in try Article.fetchOne(db, key: id) }
    }

    public func article(externalID: String) throws -> Article? {
        try read { db in try Article.filter(Column("external_id") == externalID).fetchOne(db) }
    }

    /// Finds an article by numeric id or, failing that, by external id (what `kb show ID` takes).
    public func article(reference: String) throws -> Article? {
        if let id = Int64(reference), let found = try article(id: id) { return found }
        return try article(externalID: reference)
    }

    public func articleVersions(id: Int64) throws -> [ArticleVersion] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM article_versions WHERE article_id = ? ORDER BY version",
                             arguments: [id]).map { row in
                ArticleVersion(articleID: row["article_id"], version: row["version"], title: row["title"],
                               body: row["body"], status: ArticleStatus(rawValue: row["status"]) ?? .draft,
                               editor: row["editor"], savedAt: row["saved_at"])
            }
        }
    }

    public func articleCount(status: ArticleStatus? = nil) throws -> Int {
        try read { db in
            if let status { return try Article.filter(Column("status") == status.rawValue).fetchCount(db) }
            return try Article.fetchCount(db)
        }
    }

    @discardableResult
    public func submitArticleForReview(id: Int64, by login: String, now: Date = Date()) throws -> Article {
        try moveArticle(id: id, to: .review, by: login, now: now)
    }

    @discardableResult
    public func publishArticle(id: Int64, by login: String, now: Date = Date()) throws -> Article {
        try moveArticle(id: id, to: .published, by: login, now: now)
    }

    @discardableResult
    public func retireArticle(id: Int64, by login: String, now: Date = Date()) throws -> Article {
        try moveArticle(id: id, to: .retired, by: login, now: now)
    }

    /// Every article in id order, one at a time (exports do not hold the whole base in memory).
    public func forEachArticle(_ body: (Article) throws -> Void) throws {
        try read { db in
            let cursor = try Article.order(Column("id")).fetchCursor(db)
            while let article = try cursor.next() { try body(article) }
        }
    }

    /// A reader's "was this helpful?" mark. Uses are not counted here: they are the `used`
    /// links written with each resolution (`ArticleLinkWriter`).
    public func recordArticleFeedback(id: Int64, helpful: Bool) throws {
        try write { db in
            try db.execute(sql: """
                UPDATE articles SET helpful_count = helpful_count + ?, not_helpful_count = not_helpful_count + ? WHERE id = ?
                """, arguments: [helpful ? 1 : 0, helpful ? 0 : 1, id])
            guard db.changesCount > 0 else { throw StoreError.articleNotFound("#\(id)") }
        }
    }

    private func moveArticle(id: Int64, to status: ArticleStatus, by login: String, now: Date) throws -> Article {
        try write { db in
            guard var article = try Article.fetchOne(db, key: id) else { throw StoreError.articleNotFound("#\(id)") }
            if article.status == status { return article }
            guard ArticleLifecycle.canMove(from: article.status, to: status) else {
                throw StoreError.invalidInput(
                    "article #\(id) is \(article.status.rawValue); it cannot become \(status.rawValue)")
            }
            article.status = status
            article.updatedAt = now
            if status == .published {
                article.publishedAt = now
                if article.author != login { article.reviewer = login }
            }
            try article.update(db)
            try ArticleIndexer.setStatus(id: id, status, in: db)
            return article
        }
    }

    /// The draft as it is stored: its short fields trimmed and checked (``ArticleDraft/validated()``),
    /// and a title required.
    func validate(_ draft: ArticleDraft, keepingUnchangedFrom stored: Article? = nil) throws -> ArticleDraft {
        let valid = try Self.checked { () throws(ShortTextError) in try draft.validated(keepingUnchangedFrom: stored) }
        if valid.title.isEmpty {
            throw StoreError.invalidInput("an article needs a title")
        }
        return valid
    }
}
