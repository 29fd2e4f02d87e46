import Foundation
import GRDB
import HelpDeskCore

/// The L1 console's coaching feed.
///
/// The newest rows of the technician in `coaching_items` (kept by a trigger as events are
/// appended; see `CoachingSchema`): a range of its primary key read backwards, LIMIT rows, each
/// joined with its event, ticket and article. The cost no longer grows with what the technician
/// escalated. A reader that cannot migrate a file from before `coaching-v1-feed-items` gets the
/// same items from the history itself (`coachingFeedFromHistory`).
extension AppDatabase: CoachingFeedSource {
    public func coachingFeed(for login: String, limit: Int) throws -> [CoachingItem] {
        try read { db in
            let indexed = try db.tableExists("coaching_items")
            let rows = try Row.fetchAll(db, sql: indexed ? Self.coachingFeedSQL : Self.coachingFeedFromHistory,
                                        arguments: indexed ? [login, max(0, limit)] : [login, login, max(0, limit)])
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

    /// Arguments: login, limit. Shared with the query-plan test.
    static let coachingFeedSQL = """
        SELECT x.id, x.type, x.ticket_id, x.actor, x.at, x.text, x.article_id,
               t.subject, a.external_id AS article_external_id, a.title AS article_title
        FROM coaching_items c
        JOIN ticket_events x ON x.id = c.event_id
        JOIN tickets t ON t.id = x.ticket_id
        LEFT JOIN articles a ON a.id = x.article_id
        WHERE c.agent = ?
        ORDER BY c.event_id DESC
        LIMIT ?
        """

    /// The feed computed from the history: the technician's escalations (index
    /// `ticket_events_actor`) joined with the later events of those tickets. Arguments: login,
    /// login, limit. Kept for files this process cannot migrate, and as the definition the
    /// tests hold `coaching_items` to.
    static let coachingFeedFromHistory = """
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
        """
}
