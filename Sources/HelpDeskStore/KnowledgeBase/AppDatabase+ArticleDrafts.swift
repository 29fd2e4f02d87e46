import Foundation
import GRDB
import HelpDeskCore

/// Drafting an article from a resolved ticket (`K`, `kb draft-from-ticket`). The rule and the
/// text are the core's (``TicketArticleDraft``); the store checks the rule again inside the
/// write, so a ticket reopened meanwhile is refused instead of written up.
extension AppDatabase {
    public func proposeDraft(fromTicket ticketID: Int64, by agent: Agent) throws -> ArticleDraft {
        try read { db in
            let ticket = try Self.draftableTicket(ticketID, by: agent, db)
            let history = try TicketEvent.fetchAll(db, sql: "SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id", arguments: [ticketID])
            return TicketArticleDraft.build(ticket: ticket, history: history)
        }
    }

    /// The article (status `draft`, author `agent`), its `drafted-from` link and the ticket's
    /// `kb_linked` event, in one transaction.
    public func saveDraft(_ draft: ArticleDraft, fromTicket ticketID: Int64, by agent: Agent, now: Date) throws -> Article {
        let draft = try validate(draft)
        return try write { db in
            _ = try Self.draftableTicket(ticketID, by: agent, db)
            let articleID = try ArticleWriter.insert(draft, status: .draft, author: agent.login, now: now, in: db)
            _ = try applyAction(.linkArticle(articleID), on: ticketID, expectedVersion: nil, by: agent, now: now,
                                linkedAs: .draftedFrom, in: db)
            return try Article.fetchOne(db, key: articleID)!
        }
    }

    /// Drafts the article without an editor: what `kb draft-from-ticket` does.
    public func draftArticle(fromTicket ticketID: Int64, by agent: Agent, now: Date = Date()) throws -> Article {
        try saveDraft(try proposeDraft(fromTicket: ticketID, by: agent), fromTicket: ticketID, by: agent, now: now)
    }

    static func draftableTicket(_ id: Int64, by agent: Agent, _ db: Database) throws -> Ticket {
        guard let ticket = try Ticket.fetchOne(db, key: id) else { throw StoreError.ticketNotFound(id) }
        if let refusal = TicketArticleDraft.refusal(ticket: ticket, by: agent) { throw refusal }
        return ticket
    }
}
