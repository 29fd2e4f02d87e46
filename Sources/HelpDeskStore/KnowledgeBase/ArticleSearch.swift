import Foundation
import GRDB
import HelpDeskCore

/// One search result.
public struct ArticleHit: Sendable, Equatable {
    public var id: Int64
    public var externalID: String?
    public var title: String
    public var lang: Language
    public var status: ArticleStatus
    /// Higher is better; comparable within one result list only.
    public var score: Double
    /// Excerpt of the original body around the matches (nil when not asked for).
    public var snippet: Snippet?
}

/// How to search.
public struct ArticleSearchOptions: Sendable {
    public var lang: Language?
    public var limit: Int
    /// Drafts, articles in review and retired ones too (editors); otherwise published only.
    public var includeUnpublished: Bool
    /// Search-as-you-type: the last word also matches as a prefix while it is unfinished.
    public var prefixLastWord: Bool
    public var snippets: Bool
    /// Leaves out articles that hold less than this share (idf-weighted) of the query's words,
    /// unless one of its content words is in their title.
    /// 0 for searches, where a ranked list is asked for; the L1 suggestions use a floor, because
    /// there an unrelated article matched by one word of the subject ("pantalla" in a password
    /// article for "Pantalla azul al arrancar") costs the technician more than no suggestion.
    public var minimumCoverage: Double

    public init(lang: Language? = nil, limit: Int = 10, includeUnpublished: Bool = false,
                prefixLastWord: Bool = false, snippets: Bool = true, minimumCoverage: Double = 0) {
        self.minimumCoverage = minimumCoverage
        self.lang = lang
        self.limit = limit
        self.includeUnpublished = includeUnpublished
        self.prefixLastWord = prefixLastWord
        self.snippets = snippets
    }
}

extension AppDatabase {
    /// Ranked articles for free text in Spanish or English. Never fails on the query's syntax.
    public func searchArticles(query: String, lang: Language? = nil, limit: Int = 10,
                               includeUnpublished: Bool = false) throws -> [ArticleHit] {
        try searchArticles(query, options: ArticleSearchOptions(lang: lang, limit: limit,
                                                                includeUnpublished: includeUnpublished))
    }

    public func searchArticles(_ query: String, options: ArticleSearchOptions) throws -> [ArticleHit] {
        try read { db in
            var searcher = ArticleSearcher(db: db, options: options)
            return try searcher.search(query)
        }
    }

    /// Runs many searches on one read connection (batch mode: `kb search --stdin`).
    public func withArticleSearcher<T>(options: ArticleSearchOptions,
                                       _ body: (inout ArticleSearcher) throws -> T) throws -> T {
        try read { db in
            var searcher = ArticleSearcher(db: db, options: options)
            return try body(&searcher)
        }
    }
}
