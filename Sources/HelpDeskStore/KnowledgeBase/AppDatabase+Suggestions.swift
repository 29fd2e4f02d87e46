import Foundation
import GRDB
import HelpDeskCore

/// The knowledge-base port for the UI: suggestions while a ticket is typed, the article reader,
/// and use counting. Delegates to the ranked search, published articles only.
extension AppDatabase: KnowledgeBaseSearching {
    public func suggestions(for text: String, lang: Language?, limit: Int) throws -> [ArticleSuggestion] {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return [] }
        // Search-as-you-type: the word being typed also matches as a prefix.
        let options = ArticleSearchOptions(lang: lang, limit: limit, includeUnpublished: false, prefixLastWord: true, snippets: true)
        return try searchArticles(text, options: options).map { hit in
            ArticleSuggestion(id: hit.id, externalID: hit.externalID, title: hit.title, lang: hit.lang, score: hit.score,
                              snippet: hit.snippet?.rendered(open: "", close: ""))
        }
    }

    public func recordUse(articleID: Int64) throws {
        try recordArticleFeedback(id: articleID, used: true)
    }
}
