import Foundation
import HelpDeskCore

/// The intake's idle work: requester completions, article suggestions and the article asked
/// for. (The use of the article that resolves the ticket is the store's `used` link, written
/// with the resolution.)
extension IntakeScreen {
    static let suggestionLimit = 5, matchLimit = 5

    public mutating func load(from repository: any HelpDeskRepository, context: ScreenContext, refresh: Bool) throws {
        let typed = requester.text
        if matchesFor != typed {
            let prefix = typed.trimmingCharacters(in: .whitespaces)
            matches = prefix.isEmpty ? [] : try repository.requesters(prefix: prefix, limit: Self.matchLimit)
            matchesFor = typed
        }
        let kb = repository as? any KnowledgeBasePort
        let query = suggestionQuery
        if suggestionsFor != query {
            let previous = suggestions.indices.contains(suggestionCursor) ? suggestions[suggestionCursor].id : nil
            suggestions = try kb?.suggestions(for: query, lang: nil, limit: Self.suggestionLimit) ?? []
            suggestionCursor = previous.flatMap { id in suggestions.firstIndex { $0.id == id } } ?? 0
            suggestionsFor = query
            if suggestions.isEmpty, focus == .suggestions { focus = .urgency }
        }
        if let id = pendingArticle {
            pendingArticle = nil
            if let article = try kb?.article(id: id), let suggestion = suggestions.first(where: { $0.id == id }) {
                reader = ArticleReader(article: article, suggestion: suggestion)
                if !viewed.contains(id) { viewed.append(id) }
            }
        }
    }
}
