import Foundation
import GRDB
import HelpDeskCore
import Testing
@testable import HelpDeskStore

/// KB gaps on a real database: zero-result searches aggregated by folded query, never failing
/// or stalling a search, and escalated categories without a published article.
@Suite("KB gaps (store)")
struct SearchGapStoreTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let day = (from: now - 86_400, to: now + 86_400)

    @Test("a zero-result search is one row: the same query again (any case or accents) increments its count")
    func aggregates() throws {
        let db = try AppDatabase.inMemory()
        #expect(db.recordSearchGap(query: "Firma digital", lang: .es, agent: "ana", now: Self.now) == .recorded)
        #expect(db.recordSearchGap(query: "  FIRMA  dígital ", lang: .es, agent: "kate", now: Self.now + 60) == .recorded)
        #expect(db.recordSearchGap(query: "firma digital", lang: nil, agent: "luis", now: Self.now + 120) == .recorded)
        #expect(db.recordSearchGap(query: "?", lang: nil, agent: "luis", now: Self.now) == .ignored)
        let gaps = try db.knowledgeGaps(from: Self.day.from, to: Self.day.to)
        #expect(gaps.gapSearches == 3 && gaps.gapQueries == 2)
        let spanish = try #require(gaps.searches.first)
        #expect(spanish.query == "firma digital" && spanish.lang == .es && spanish.count == 2)
        #expect(spanish.firstSeen == Self.now && spanish.lastSeen == Self.now + 60 && spanish.lastAgent == "kate")
        #expect(gaps.searches.last?.lang == nil)
        // Recorded late (a clock behind): the newest sighting keeps its time and agent.
        _ = db.recordSearchGap(query: "firma digital", lang: .es, agent: "old-clock", now: Self.now - 600)
        let late = try #require(try db.knowledgeGaps(from: Self.day.from, to: Self.day.to).searches.first)
        #expect(late.count == 3 && late.firstSeen == Self.now - 600 && late.lastSeen == Self.now + 60 && late.lastAgent == "kate")
        // Outside the period: not listed.
        #expect(try db.knowledgeGaps(from: Self.now + 86_400, to: Self.now + 2 * 86_400).gapSearches == 0)
    }

    @Test("counts are the searches made in the period, not every search of a query last seen in it")
    func periodCounts() throws {
        let db = try AppDatabase.inMemory()
        let week = Self.now - 7 * 86_400
        for i in 0..<3 { _ = db.recordSearchGap(query: "firma digital", lang: .es, agent: "ana", now: week + Double(i) * 60) }
        _ = db.recordSearchGap(query: "firma digital", lang: .es, agent: "kate", now: Self.now)
        _ = db.recordSearchGap(query: "escáner", lang: nil, agent: "kate", now: week)
        let today = try db.knowledgeGaps(from: Self.now - 3_600, to: Self.now + 3_600)
        #expect(today.gapSearches == 1 && today.gapQueries == 1)
        #expect(today.searches.map(\.count) == [1])
        #expect(today.searches.first?.firstSeen == week && today.searches.first?.lastAgent == "kate")
        let fortnight = try db.knowledgeGaps(from: Self.now - 14 * 86_400, to: Self.now + 3_600)
        #expect(fortnight.gapSearches == 5 && fortnight.gapQueries == 2)
        #expect(fortnight.searches.map(\.count) == [4, 1])
    }

    @Test("migrating a database from before hourly counts keeps every count, in the hour its query was last seen")
    func hourlyMigration() throws {
        let queue = try DatabaseQueue()
        try AppDatabase.migrator.migrate(queue, upTo: "kb-links-v1")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO kb_search_gaps (query, lang, count, first_seen, last_seen, last_agent)
                VALUES ('firma digital', 'es', 7, ?, ?, 'ana')
                """, arguments: [Self.now - 86_400, Self.now])
        }
        // Before migrating (a reader that may not write the file): the old all-time count.
        let before = try queue.read { try AppDatabase.knowledgeGaps($0, from: Self.now - 3_600, to: Self.now + 3_600, limit: 10) }
        #expect(before.gapSearches == 7 && before.searches.first?.count == 7)
        try AppDatabase.migrator.migrate(queue)
        let rows = try queue.read { try Row.fetchAll($0, sql: "SELECT hour, count FROM kb_search_gap_hours") }
        #expect(rows.count == 1)
        #expect(rows.first?["hour"] == AppDatabase.gapHour(Self.now) && rows.first?["count"] == 7)
    }

    @Test("a locked database: the gap is skipped within the lock budget, never thrown, and the search still answers")
    func lockedDatabase() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-gap-lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("desk.sqlite").path
        let db = try AppDatabase.open(path: path, busyTimeout: 10)
        try db.addArticle(ArticleDraft(title: "VPN", body: "Restart the VPN client."), status: .published, author: "ana")
        // Another process holds the write lock while the technician searches.
        let other = try DatabaseQueue(path: path)
        try other.inDatabase { conn in
            try conn.execute(sql: "BEGIN IMMEDIATE")
            defer { try? conn.execute(sql: "ROLLBACK") }
            let started = Date()
            let outcome = db.recordSearchGap(query: "firma digital", lang: nil, agent: "ana", now: Self.now)
            let waited = Date().timeIntervalSince(started)
            if case .failed = outcome {} else { Issue.record("expected a failed outcome, got \(outcome)") }
            #expect(waited < 2, "the busy timeout of the writer (10 s) must not apply to gap bookkeeping")
            #expect(try db.searchArticles(query: "vpn").count == 1)
        }
        // The writer's normal busy timeout is back: a later gap is recorded.
        #expect(db.recordSearchGap(query: "firma digital", lang: nil, agent: "ana", now: Self.now) == .recorded)
        #expect(try db.writer.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA busy_timeout") } == 10_000)
    }

    @Test("uncovered categories: escalated in the period, no published article in the category (drafts do not count)")
    func uncoveredCategories() throws {
        let db = try AppDatabase.inMemory()
        let ana = Agent(login: "ana", name: "Ana", role: .l1)
        _ = try db.saveAgent(ana)
        func escalated(_ subject: String, _ category: String, minutes: Double) throws -> Int64 {
            let id = try db.createTicket(NewTicket(subject: subject, requester: "r", category: category), by: ana, now: Self.now).id
            _ = try db.perform(.escalate(Escalation(target: .tier(.l2), area: category, reason: "r", tried: "t")),
                               on: id, expectedVersion: nil, by: ana, now: Self.now + minutes * 60)
            return id
        }
        let p1 = try escalated("Printer jam", "printing", minutes: 1)
        let p2 = try escalated("Printer offline", "Printing", minutes: 2)
        _ = try escalated("VPN down", "network", minutes: 3)
        _ = try escalated("Mailbox full", "mail", minutes: 4)
        _ = try db.createTicket(NewTicket(subject: "not escalated", requester: "r", category: "hardware"), by: ana, now: Self.now)
        try db.addArticle(ArticleDraft(title: "VPN", body: "b", category: "network"), status: .published, author: "ana")
        try db.addArticle(ArticleDraft(title: "Mail", body: "b", category: "mail"), status: .draft, author: "ana")
        let gaps = try db.knowledgeGaps(from: Self.day.from, to: Self.day.to)
        #expect(gaps.uncoveredCategories.map(\.category) == ["printing", "mail"] || gaps.uncoveredCategories.map(\.category) == ["Printing", "mail"])
        #expect(gaps.uncoveredCategories.map(\.escalatedTickets) == [2, 1])
        #expect(gaps.uncoveredCategories.first?.tickets.map(\.id) == [p2, p1])
        #expect(gaps.uncoveredCategories.first?.tickets.first?.subject == "Printer offline")
        // The same numbers reach the supervisor report.
        let report = try db.metricsReport(from: Self.day.from, to: Self.day.to, now: Self.now + 600, timeZone: TimeZone(identifier: "UTC")!)
        #expect(report.kbGaps == gaps)
    }
}
