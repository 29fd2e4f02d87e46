import Foundation
import GRDB
import HelpDeskCore

/// The L1 console's coaching feed.
///
/// Driven from the technician's own escalations (index `ticket_events_actor(actor, type)`),
/// then the later events of those tickets (index `ticket_events_ticket(ticket_id, id)`), so the
/// cost grows with what this technician escalated, not with the size of the history. LIMIT
/// bounds the result, and the ticket and article are joined only for the rows kept (joining
/// them before the sort doubled the cost: 1.2 s for 99,000 escalations, now 0.65 s; still
/// above target, see `Benchmarks/scale`).
extension AppDatabase: CoachingFeedSource {
    public func coachingFeed(for login: String, limit: Int) throws -> [CoachingItem] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT x.id, x.type, x.ticket_id, x.actor, x.at, x.text, x.article_id,
                       t.subject, a.external_id AS article_external_id, a.title AS article_title
                FROM (SELECT DISTINCT x.id AS event_id
                      FROM ticket_events e
                      JOIN ticket_events x ON x.ticket_id = e.ticket_id AND x.id > e.id
                      WHERE e.actor = ? AND e.type = 'escalated'
                        AND ((x.type = 'deescalated' AND x.to_tier = e.from_tier)
                             OR (x.type = 'resolved' AND x.article_id IS NOT NULL AND x.actor <> ?))
                      ORDER BY x.id DESC
                      LIMIT ?) m
                JOIN ticket_events x ON x.id = m.event_id
                JOIN tickets t ON t.id = x.ticket_id
                LEFT JOIN articles a ON a.id = x.article_id
                ORDER BY x.id DESC
                """, arguments: [login, login, max(0, limit)])
            return rows.map { row in
                let articleID: Int64? = row["article_id"]
                let external: String? = row["article_external_id"]
                return CoachingItem(
                    kind: (row["type"] as String) == "deescalated" ? .sentBack : .solvedWithArticle,
                    ticketID: row["ticket_id"], subject: row["subject"], actor: row["actor"],
                    at: row["at"], text: row["text"], articleID: articleID,
                    articleReference: articleID.map { external ?? "KB-\($0)" }, articleTitle: row["article_title"])
            }
        }
    }
}
