import Foundation

/// Why an article is tied to a ticket. Raw values are the stored and JSON spelling.
public enum ArticleLinkKind: String, Codable, CaseIterable, Sendable {
    /// The ticket was resolved with the article: this is what an article's use count counts.
    case used
    /// A technician pointed to the article as relevant (`kb_linked`), without resolving with it.
    case suggested
    /// The article was drafted from the ticket's resolution (`K`, `kb draft-from-ticket`).
    case draftedFrom = "drafted-from"
}

/// One article ↔ ticket link, with enough of both sides to show it without another query:
/// the article's reference and title from a ticket, the ticket's subject and status from an article.
/// Titles and subjects are untrusted text: sanitise before drawing.
public struct ArticleTicketLink: Sendable, Equatable {
    public var articleID: Int64
    public var ticketID: Int64
    public var kind: ArticleLinkKind
    public var agent: String
    public var at: Date
    public var articleReference: String
    public var articleTitle: String
    public var ticketSubject: String
    public var ticketStatus: TicketStatus

    public init(articleID: Int64, ticketID: Int64, kind: ArticleLinkKind, agent: String, at: Date,
                articleReference: String, articleTitle: String, ticketSubject: String, ticketStatus: TicketStatus) {
        self.articleID = articleID
        self.ticketID = ticketID
        self.kind = kind
        self.agent = agent
        self.at = at
        self.articleReference = articleReference
        self.articleTitle = articleTitle
        self.ticketSubject = ticketSubject
        self.ticketStatus = ticketStatus
    }
}

/// What readers of an article want to know about its usefulness: resolutions that used it
/// (counted in SQL from the links), the readers' marks, and the tickets it is linked to.
public struct ArticleUsage: Sendable, Equatable {
    public var useCount: Int
    public var helpful: Int
    public var notHelpful: Int
    /// Newest first, at most the number asked for.
    public var links: [ArticleTicketLink]

    public init(useCount: Int, helpful: Int, notHelpful: Int, links: [ArticleTicketLink]) {
        self.useCount = useCount
        self.helpful = helpful
        self.notHelpful = notHelpful
        self.links = links
    }

    public static let none = ArticleUsage(useCount: 0, helpful: 0, notHelpful: 0, links: [])
}

extension ArticleLinkKind {
    /// The link a workflow event creates, if any: a resolution with an article uses it, a
    /// `kb_linked` event suggests it (or records a draft, when the caller says so).
    public static func forEvent(_ event: TicketEvent, linkedAs: ArticleLinkKind = .suggested) -> ArticleLinkKind? {
        guard event.articleID != nil else { return nil }
        switch event.type {
        case .resolved: return .used
        case .kbLinked: return linkedAs
        default: return nil
        }
    }
}
