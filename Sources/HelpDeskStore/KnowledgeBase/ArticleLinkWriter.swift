import Foundation
import GRDB
import HelpDeskCore

/// Writes article ↔ ticket links inside the caller's transaction, so a link exists exactly
/// when the event that made it (a resolution with an article, a `kb_linked`) was committed.
enum ArticleLinkWriter {
    /// The links `events` imply (see ``ArticleLinkKind/forEvent(_:linkedAs:)``). An article id
    /// that names no article is refused, and the caller's transaction with it.
    static func record(_ events: [TicketEvent], linkedAs: ArticleLinkKind = .suggested, in db: Database) throws {
        for event in events {
            guard let articleID = event.articleID, let kind = ArticleLinkKind.forEvent(event, linkedAs: linkedAs) else { continue }
            try insert(articleID: articleID, ticketID: event.ticketID, kind: kind, agent: event.actor, at: event.at, in: db)
        }
    }

    static func insert(articleID: Int64, ticketID: Int64, kind: ArticleLinkKind, agent: String, at: Date, in db: Database) throws {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM articles WHERE id = ?"), arguments: [articleID]) == true else {
            throw StoreError.articleNotFound("KB-\(articleID)")
        }
        // A second resolution with the same article (after a reopen) is still one use on that ticket.
        try db.cachedStatement(sql: insertSQL).execute(arguments: [articleID, ticketID, kind.rawValue, agent, at])
        if kind == .used, db.changesCount > 0 {
            try db.cachedStatement(sql: """
                UPDATE articles SET use_count =
                    (SELECT COUNT(*) FROM article_ticket_links WHERE article_id = ? AND kind = 'used') WHERE id = ?
                """).execute(arguments: [articleID, articleID])
        }
    }

    static let insert = InsertSQL("INSERT OR IGNORE", into: "article_ticket_links", columns: ["article_id", "ticket_id", "kind", "agent", "at"])
    static let insertSQL = insert.sql(rows: 1)

    /// Rewrites every article's `use_count` cache from its links (after a bulk load).
    static func recountUses(in db: Database) throws {
        try db.execute(sql: """
            UPDATE articles SET use_count =
                (SELECT COUNT(*) FROM article_ticket_links l WHERE l.article_id = articles.id AND l.kind = 'used')
            """)
    }
}
