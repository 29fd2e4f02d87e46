import Foundation
import GRDB
import HelpDeskCore

/// The KB-gaps data: zero-result searches, recorded as they happen, and escalated categories
/// without a published article, computed at read time.
extension AppDatabase {
    /// Longest a gap's bookkeeping waits for another process's write lock, in milliseconds:
    /// a search must never stall on it. Past this the gap is simply not counted.
    static let gapBusyTimeoutMilliseconds = 100
    /// Escalated tickets listed per uncovered category (the drill-down; the count is exact).
    static let gapTicketsPerCategory = 5

    /// One UPSERT on `(folded query, language)`: count + 1, last seen, last agent, and one on
    /// its hour's count. Never throws: a locked or read-only database returns `.failed` and the
    /// search carries on.
    @discardableResult
    public func recordSearchGap(query: String, lang: Language?, agent: String, now: Date) -> SearchGapOutcome {
        guard let key = SearchGapKey.fold(query) else { return .ignored }
        do {
            try writer.writeWithoutTransaction { db in
                let previous = try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? 0
                try db.execute(sql: "PRAGMA busy_timeout = \(Self.gapBusyTimeoutMilliseconds)")
                defer { try? db.execute(sql: "PRAGMA busy_timeout = \(previous)") }
                try db.inTransaction(.immediate) {
                    try db.execute(sql: """
                        INSERT INTO kb_search_gaps (query, lang, count, first_seen, last_seen, last_agent) VALUES (?, ?, 1, ?, ?, ?)
                        ON CONFLICT (query, lang) DO UPDATE SET count = count + 1,
                            first_seen = MIN(first_seen, excluded.first_seen), last_seen = MAX(last_seen, excluded.last_seen),
                            last_agent = CASE WHEN excluded.last_seen >= last_seen THEN excluded.last_agent ELSE last_agent END
                        """, arguments: [key, lang?.rawValue ?? "", now, now, agent])
                    try db.execute(sql: """
                        INSERT INTO kb_search_gap_hours (query, lang, hour, count) VALUES (?, ?, ?, 1)
                        ON CONFLICT (query, lang, hour) DO UPDATE SET count = count + 1
                        """, arguments: [key, lang?.rawValue ?? "", Self.gapHour(now)])
                    return .commit
                }
            }
            return .recorded
        } catch {
            return .failed("\(error)")
        }
    }

    /// The hour bucket of a moment: whole hours since 1970 (UTC, so every time zone agrees).
    static func gapHour(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / 3600).rounded(.down))
    }

    /// Gap searches made in `[from, to)`, to the hour (the `limit` most frequent, each with its
    /// count in the period), and the categories escalated in it that no published article
    /// covers (the `limit` most escalated).
    public func knowledgeGaps(from: Date, to: Date, limit: Int = 10) throws -> KBGapReport {
        try read { db in try Self.knowledgeGaps(db, from: from, to: to, limit: limit) }
    }

    static func knowledgeGaps(_ db: Database, from: Date, to: Date, limit: Int) throws -> KBGapReport {
        let period: StatementArguments = [from, to]
        // Searches per query in the period: the hours that overlap it (periods start on the hour:
        // today, the last 7 days). A reader without write permission on a file from before
        // `kb-gaps-v2-hours` (it cannot migrate it) gets the old all-time counts of the queries
        // last seen in the period instead.
        let (counted, countedArguments): (String, StatementArguments) = try db.tableExists("kb_search_gap_hours")
            ? ("SELECT query, lang, SUM(count) AS searches FROM kb_search_gap_hours WHERE hour >= ? AND hour < ? GROUP BY query, lang",
               [gapHour(from), Int64((to.timeIntervalSince1970 / 3600).rounded(.up))])
            : ("SELECT query, lang, count AS searches FROM kb_search_gaps WHERE last_seen >= ? AND last_seen < ?", period)
        let totals = try Row.fetchOne(db, sql: """
            SELECT COUNT(*) AS queries, COALESCE(SUM(searches), 0) AS searches FROM (\(counted))
            """, arguments: countedArguments)
        let searches = try Row.fetchAll(db, sql: """
            SELECT g.query, g.lang, c.searches, g.first_seen, g.last_seen, g.last_agent
            FROM (\(counted)) c JOIN kb_search_gaps g ON g.query = c.query AND g.lang = c.lang
            ORDER BY c.searches DESC, g.last_seen DESC, g.query LIMIT \(max(0, limit))
            """, arguments: countedArguments).map { row in
            SearchGap(query: row["query"], lang: Language(rawValue: row["lang"]), count: row["searches"],
                      firstSeen: row["first_seen"], lastSeen: row["last_seen"], lastAgent: row["last_agent"])
        }
        // Categories of tickets escalated in the period with no published article in that category.
        // The period's escalations are a range of the partial index `ticket_events_escalated_at`.
        let escalatedAt = try db.indexedBy("ticket_events_escalated_at")
        let categories = try Row.fetchAll(db, sql: """
            SELECT t.category AS category, COUNT(DISTINCT t.id) AS tickets
            FROM ticket_events e \(escalatedAt) JOIN tickets t ON t.id = e.ticket_id
            WHERE e.type = 'escalated' AND e.at >= ? AND e.at < ? AND trim(COALESCE(t.category, '')) <> ''
              AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.category = t.category COLLATE NOCASE AND a.status = 'published')
            GROUP BY t.category COLLATE NOCASE ORDER BY tickets DESC, t.category LIMIT \(max(0, limit))
            """, arguments: period).map { row -> UncoveredCategory in
            let category: String = row["category"]
            let tickets = try Row.fetchAll(db, sql: """
                SELECT t.id, t.subject, t.status FROM ticket_events e \(escalatedAt) JOIN tickets t ON t.id = e.ticket_id
                WHERE e.type = 'escalated' AND e.at >= ? AND e.at < ? AND t.category = ? COLLATE NOCASE
                GROUP BY t.id ORDER BY MAX(e.at) DESC, t.id DESC LIMIT \(Self.gapTicketsPerCategory)
                """, arguments: [from, to, category]).map {
                GapTicket(id: $0["id"], subject: $0["subject"], status: TicketStatus(rawValue: $0["status"]) ?? .open)
            }
            return UncoveredCategory(category: category, escalatedTickets: row["tickets"], tickets: tickets)
        }
        return KBGapReport(gapSearches: totals?["searches"] ?? 0, gapQueries: totals?["queries"] ?? 0,
                           searches: searches, uncoveredCategories: categories)
    }
}
