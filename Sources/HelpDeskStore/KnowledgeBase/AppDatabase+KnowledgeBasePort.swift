import Foundation
import GRDB
import HelpDeskCore

/// The UI's knowledge-base port (``KnowledgeBasePort``) on the real database: thin adapters
/// over the search and article APIs, plus the role rules the store's lifecycle methods (which
/// take a login, not a role) leave to their callers. Links, drafts and gaps live in their own
/// files (`AppDatabase+ArticleLinks`, `+ArticleDrafts`, `+SearchGaps`).
extension AppDatabase: KnowledgeBasePort {
    public func suggestions(for text: String, lang: Language?, limit: Int) throws -> [ArticleSuggestion] {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return [] }
        // Search-as-you-type: the word being typed also matches as a prefix. Only articles that
        // hold at least half of the subject's words (by weight) are worth suggesting.
        let options = ArticleSearchOptions(lang: lang, limit: limit, includeUnpublished: false, prefixLastWord: true, snippets: true,
                                           minimumCoverage: Self.suggestionCoverage)
        return try searchArticles(text, options: options).map { hit in
            ArticleSuggestion(id: hit.id, externalID: hit.externalID, title: hit.title, lang: hit.lang, score: hit.score,
                              snippet: hit.snippet?.rendered(open: "", close: ""))
        }
    }

    /// The share of a subject's words (idf-weighted) a suggested article must hold.
    public static let suggestionCoverage = 0.5

    public func browseArticles(query: String, lang: Language?, limit: Int, includeUnpublished: Bool) throws -> [ArticleListing] {
        let options = ArticleSearchOptions(lang: lang, limit: limit, includeUnpublished: includeUnpublished,
                                           prefixLastWord: true, snippets: true)
        return try searchArticles(query, options: options).map {
            ArticleListing(id: $0.id, externalID: $0.externalID, title: $0.title, lang: $0.lang, status: $0.status, snippet: $0.snippet)
        }
    }

    public func listArticles(status: ArticleStatus, lang: Language?, limit: Int) throws -> [ArticleListing] {
        try read { db in
            var request = Article.filter(Column("status") == status.rawValue)
            if let lang { request = request.filter(Column("lang") == lang.rawValue) }
            return try request.order(Column("updated_at").desc, Column("id")).limit(limit).fetchAll(db).map {
                ArticleListing(id: $0.id, externalID: $0.externalID, title: $0.title, lang: $0.lang, status: $0.status)
            }
        }
    }

    public func saveArticleEdit(id: Int64, title: String, body: String, by agent: Agent, now: Date) throws -> Article {
        guard let existing = try article(id: id) else { throw StoreError.articleNotFound("#\(id)") }
        let draft = ArticleDraft(externalID: existing.externalID, title: title, body: body, lang: existing.lang,
                                 category: existing.category, tags: existing.tags)
        return try updateArticle(id: id, with: draft, editor: agent.login, now: now)
    }

    public func moveArticle(id: Int64, to status: ArticleStatus, by agent: Agent, now: Date) throws -> Article {
        guard let existing = try article(id: id) else { throw StoreError.articleNotFound("#\(id)") }
        if let reason = ArticleLifecycle.refusal(moving: existing, to: status, by: agent) { throw ArticleRefusal(reason) }
        switch status {
        case .review: return try submitArticleForReview(id: id, by: agent.login, now: now)
        case .published: return try publishArticle(id: id, by: agent.login, now: now)
        case .retired: return try retireArticle(id: id, by: agent.login, now: now)
        case .draft: throw ArticleRefusal("sending an article back to draft is done with `helpdesk kb edit`")
        }
    }
}
