import Foundation

/// One article in the knowledge-base screen's list: enough to show a row (and its snippet)
/// without reading the body.
public struct ArticleListing: Sendable, Equatable {
    public var id: Int64
    public var externalID: String?
    public var title: String
    public var lang: Language
    public var status: ArticleStatus
    /// Excerpt around the matched words; nil for lists that are not searches (the review queue).
    public var snippet: Snippet?

    public init(id: Int64, externalID: String?, title: String, lang: Language, status: ArticleStatus, snippet: Snippet? = nil) {
        self.id = id
        self.externalID = externalID
        self.title = title
        self.lang = lang
        self.status = status
        self.snippet = snippet
    }

    /// `KB-12`-style reference shown in lists and titles: the import's id when there is one.
    public var reference: String { externalID ?? "KB-\(id)" }
}

/// The knowledge base as the UI needs it: one port for the intake's suggestions, screen `5`
/// and its reader, article ↔ ticket links, drafts written from tickets and the record of
/// searches that found nothing. A port, so the UI target never imports the SQLite layer; the
/// store conforms (`AppDatabase+KnowledgeBasePort.swift`) and tests use a real temporary
/// database through it.
public protocol KnowledgeBasePort: Sendable {
    /// The best published articles for free text, best first, the word being typed also
    /// matching as a prefix. Never fails on the text's syntax.
    func suggestions(for text: String, lang: Language?, limit: Int) throws -> [ArticleSuggestion]
    /// Search-as-you-type: ranked articles, the last word also matching as a prefix.
    func browseArticles(query: String, lang: Language?, limit: Int, includeUnpublished: Bool) throws -> [ArticleListing]
    /// Articles in one status, newest change first (the review queue).
    func listArticles(status: ArticleStatus, lang: Language?, limit: Int) throws -> [ArticleListing]
    func article(id: Int64) throws -> Article?
    func articleCount(status: ArticleStatus?) throws -> Int
    /// Saves an edit as a new version (the previous one goes to the history).
    func saveArticleEdit(id: Int64, title: String, body: String, by agent: Agent, now: Date) throws -> Article
    /// Moves an article through its lifecycle, enforcing ``ArticleLifecycle/refusal(moving:to:by:)``.
    func moveArticle(id: Int64, to status: ArticleStatus, by agent: Agent, now: Date) throws -> Article
    /// A reader's "was this helpful?" mark.
    func recordArticleFeedback(id: Int64, helpful: Bool) throws
    /// Use count (resolutions linked to it), helpful marks and the newest `limit` linked tickets.
    func articleUsage(id: Int64, limit: Int) throws -> ArticleUsage
    /// The articles linked to a ticket, oldest link first.
    func articleLinks(ticketID: Int64) throws -> [ArticleTicketLink]
    /// The pre-filled draft for a resolved ticket (``TicketArticleDraft``); throws
    /// ``ArticleDraftError`` when the agent or the ticket's state does not allow it.
    func proposeDraft(fromTicket ticketID: Int64, by agent: Agent) throws -> ArticleDraft
    /// Saves the (edited) draft as a `draft` article linked `drafted-from` the ticket, in one transaction.
    func saveDraft(_ draft: ArticleDraft, fromTicket ticketID: Int64, by agent: Agent, now: Date) throws -> Article
    /// Counts a search that found nothing. Never throws and never waits long for a lock:
    /// a search must not fail or stall because its bookkeeping could not be written.
    @discardableResult
    func recordSearchGap(query: String, lang: Language?, agent: String, now: Date) -> SearchGapOutcome
}

/// A lifecycle move the rules do not allow; `reason` is a sentence for the technician.
public struct ArticleRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

extension Role {
    /// Who reviews the knowledge base: everyone above first line. L1 writes and proposes
    /// articles but does not decide what the whole desk reads as the answer.
    public var reviewsArticles: Bool { self != .l1 }
}

extension ArticleLifecycle {
    /// Why `agent` may not move `article` to `target`, or nil. Role first (the answer an L1
    /// agent needs is "ask a reviewer", not a state detail), then the state machine.
    public static func refusal(moving article: Article, to target: ArticleStatus, by agent: Agent) -> String? {
        if let reason = roleRefusal(moving: article, to: target, by: agent) { return reason }
        let ref = article.externalID ?? "KB-\(article.id)"
        if article.status == target { return "\(ref) is already \(phrase(target))" }
        if !canMove(from: article.status, to: target) {
            return "\(ref) is \(phrase(article.status)); it cannot become \(phrase(target))"
        }
        return nil
    }

    /// The role half of ``refusal(moving:to:by:)``: why `agent`'s role may not move `article`
    /// to `target` whatever its state, or nil. The CLI tells this "not permitted" (77) apart
    /// from a state the move cannot start from (65).
    public static func roleRefusal(moving article: Article, to target: ArticleStatus, by agent: Agent) -> String? {
        let who = "\(agent.login) (\(agent.role.rawValue))"
        let ref = article.externalID ?? "KB-\(article.id)"
        switch target {
        case .published, .retired:
            if !agent.role.reviewsArticles {
                let verb = target == .published ? "publish" : "retire"
                return "\(who) cannot \(verb) \(ref): \(reviewersOnly); submit it for review instead"
            }
        case .draft:
            if !agent.role.reviewsArticles && article.author != agent.login {
                return "\(who) cannot send \(ref) back to draft: it belongs to \(article.author)"
            }
        case .review:
            break
        }
        return nil
    }

    /// Why `agent` may not publish an article as it writes it (`kb add --publish`), or nil: the
    /// same rule as publishing a draft. (`kb import` publishes by contract, whoever runs it.)
    public static func publishingRefusal(by agent: Agent) -> String? {
        agent.role.reviewsArticles ? nil
            : "\(agent.login) (\(agent.role.rawValue)) cannot publish articles: \(reviewersOnly)"
    }

    /// The rule behind both refusals, as it reads in them.
    static let reviewersOnly = "only L2, L3 and supervisors review articles"

    /// The status as it reads in a sentence ("is in review", not "is review").
    static func phrase(_ status: ArticleStatus) -> String {
        status == .review ? "in review" : status.rawValue
    }
}
