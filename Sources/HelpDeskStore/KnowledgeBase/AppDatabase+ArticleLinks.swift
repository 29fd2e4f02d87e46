import Foundation
import GRDB
import HelpDeskCore

/// Reading article ↔ ticket links: an article's usage (`kb show`, the reader) and a ticket's
/// articles (`ticket show`, the detail). Both read one index range; the use count is a
/// `COUNT(*)` over the article's `used` links.
extension AppDatabase {
    public func articleUsage(id: Int64, limit: Int = 20) throws -> ArticleUsage {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT helpful_count, not_helpful_count FROM articles WHERE id = ?", arguments: [id]) else {
                throw StoreError.articleNotFound("KB-\(id)")
            }
            let used = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article_ticket_links WHERE article_id = ? AND kind = 'used'",
                                        arguments: [id]) ?? 0
            let links = try Self.links(db, where: "l.article_id = ?", order: "l.at DESC, l.ticket_id DESC", arguments: [id], limit: limit)
            return ArticleUsage(useCount: used, helpful: row["helpful_count"], notHelpful: row["not_helpful_count"], links: links)
        }
    }

    public func articleLinks(ticketID: Int64) throws -> [ArticleTicketLink] {
        try read { db in try Self.links(db, where: "l.ticket_id = ?", order: "l.at, l.article_id", arguments: [ticketID], limit: 100) }
    }

    /// Links an article to a ticket as relevant (`ticket link-article`): a `kb_linked` event
    /// through the workflow (role rules, version check, the audit chain) and its `suggested` link.
    @discardableResult
    public func linkArticle(_ articleID: Int64, toTicket ticketID: Int64, by agent: Agent, now: Date = Date()) throws -> Ticket {
        try perform(.linkArticle(articleID), on: ticketID, expectedVersion: nil, by: agent, now: now)
    }

    static func links(_ db: Database, where condition: String, order: String, arguments: StatementArguments,
                      limit: Int) throws -> [ArticleTicketLink] {
        try Row.fetchAll(db, sql: """
            SELECT l.article_id, l.ticket_id, l.kind, l.agent, l.at, a.external_id, a.title, t.subject, t.status
            FROM article_ticket_links l JOIN articles a ON a.id = l.article_id JOIN tickets t ON t.id = l.ticket_id
            WHERE \(condition) ORDER BY \(order) LIMIT \(max(0, limit))
            """, arguments: arguments).map { row in
            let articleID: Int64 = row["article_id"]
            let external: String? = row["external_id"]
            return ArticleTicketLink(
                articleID: articleID, ticketID: row["ticket_id"], kind: ArticleLinkKind(rawValue: row["kind"]) ?? .suggested,
                agent: row["agent"], at: row["at"], articleReference: external ?? "KB-\(articleID)", articleTitle: row["title"],
                ticketSubject: row["subject"], ticketStatus: TicketStatus(rawValue: row["status"]) ?? .open)
        }
    }
}
