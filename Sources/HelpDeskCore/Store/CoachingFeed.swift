import Foundation

/// Something a technician can learn from: a ticket they escalated that came back with a
/// coaching note, or one a higher tier solved with a knowledge-base article.
public struct CoachingItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Sent back to the technician's tier; `text` is the coaching note.
        case sentBack
        /// Resolved by someone else with an article (`articleID`), after the technician escalated it.
        case solvedWithArticle
    }

    public var kind: Kind
    public var ticketID: Int64
    public var subject: String
    /// Who sent it back or solved it.
    public var actor: String
    public var at: Date
    public var text: String?
    public var articleID: Int64?
    public var articleReference: String?
    public var articleTitle: String?

    public init(kind: Kind, ticketID: Int64, subject: String, actor: String, at: Date, text: String? = nil,
                articleID: Int64? = nil, articleReference: String? = nil, articleTitle: String? = nil) {
        self.kind = kind
        self.ticketID = ticketID
        self.subject = subject
        self.actor = actor
        self.at = at
        self.text = text
        self.articleID = articleID
        self.articleReference = articleReference
        self.articleTitle = articleTitle
    }
}

/// The coaching feed of the L1 console, kept apart from ``HelpDeskRepository`` so stores that
/// cannot answer it (or tests' fakes) need not.
public protocol CoachingFeedSource: Sendable {
    /// The newest items first, at most `limit`.
    func coachingFeed(for login: String, limit: Int) throws -> [CoachingItem]
}
