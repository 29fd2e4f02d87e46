import Foundation
import GRDB
import HelpDeskCore
import Testing
@testable import HelpDeskStore

/// Article ↔ ticket links on a real database: the migration, the links the workflow writes in
/// its own transaction, use counts from SQL, and drafts written from resolved tickets.
@Suite("KB links and drafts (store)")
struct ArticleLinkStoreTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let ana = Agent(login: "ana", name: "Ana", role: .l1)
    static let luis = Agent(login: "luis", name: "Luis", role: .l2, areas: ["network"])

    struct Desk {
        let db: AppDatabase
        let article: Article

        init() throws {
            db = try AppDatabase.inMemory()
            for agent in [ArticleLinkStoreTests.ana, ArticleLinkStoreTests.luis] { _ = try db.saveAgent(agent) }
            article = try db.addArticle(ArticleDraft(externalID: "KB-41", title: "VPN authentication failed", body: "Clear the credentials.",
                                                     category: "network"), status: .published, author: "luis", now: ArticleLinkStoreTests.now)
        }

        func ticket(_ subject: String = "VPN down", minutes: Double = 0) throws -> Int64 {
            try db.createTicket(NewTicket(subject: subject, description: "The VPN client says authentication failed.",
                                          requester: "m@x.example", category: "network"),
                                by: ArticleLinkStoreTests.ana, now: ArticleLinkStoreTests.now + minutes * 60).id
        }

        func perform(_ action: TicketAction, _ id: Int64, by agent: Agent = ArticleLinkStoreTests.ana, minutes: Double = 1) throws {
            _ = try db.perform(action, on: id, expectedVersion: nil, by: agent, now: ArticleLinkStoreTests.now + minutes * 60)
        }

        func linkRows() throws -> [String] {
            try db.read { db in
                try Row.fetchAll(db, sql: "SELECT article_id, ticket_id, kind, agent FROM article_ticket_links ORDER BY ticket_id, kind")
                    .map { "\($0["article_id"] as Int64)-\($0["ticket_id"] as Int64)-\($0["kind"] as String)-\($0["agent"] as String)" }
            }
        }
    }

    @Test("migration kb-links-v1: the tables exist, kinds are checked, one row per (article, ticket, kind)")
    func schema() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        try desk.db.write { db in
            #expect(try db.tableExists("article_ticket_links") && db.tableExists("kb_search_gaps"))
            try db.execute(sql: "INSERT INTO article_ticket_links VALUES (?, ?, 'used', 'ana', '2026-01-01')", arguments: [desk.article.id, id])
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO article_ticket_links VALUES (?, ?, 'used', 'ana', '2026-01-02')", arguments: [desk.article.id, id])
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO article_ticket_links VALUES (?, ?, 'liked', 'ana', '2026-01-02')", arguments: [desk.article.id, id])
            }
            #expect(throws: DatabaseError.self) {  // foreign key: no such article
                try db.execute(sql: "INSERT INTO article_ticket_links VALUES (999, ?, 'suggested', 'ana', '2026-01-02')", arguments: [id])
            }
        }
        #expect(try desk.db.integrityProblems().isEmpty)
    }

    @Test("the intake's x flow: kb_linked then resolve with the article writes suggested + used links with the events; the use counts once")
    func resolveWritesLinks() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        try desk.perform(.linkArticle(desk.article.id), id)
        try desk.perform(.resolve(resolution: "cleared the credentials", articleID: desk.article.id), id, minutes: 2)
        let a = desk.article.id
        #expect(try desk.linkRows() == ["\(a)-\(id)-suggested-ana", "\(a)-\(id)-used-ana"])
        #expect(try desk.db.article(id: a)?.useCount == 1)
        // Reopened and resolved again with the same article: still one use on this ticket.
        try desk.perform(.reopen(reason: "came back"), id, minutes: 3)
        try desk.perform(.resolve(resolution: "again", articleID: a), id, minutes: 4)
        let usage = try desk.db.articleUsage(id: a, limit: 10)
        #expect(usage.useCount == 1 && usage.links.count == 2)
        // A second ticket resolved with it: two uses, counted from the links.
        let other = try desk.ticket("Other VPN problem", minutes: 5)
        try desk.perform(.resolve(resolution: "same fix", articleID: a), other, minutes: 6)
        #expect(try desk.db.articleUsage(id: a, limit: 10).useCount == 2)
        #expect(try desk.db.article(id: a)?.useCount == 2)
        #expect(try desk.db.articleLinks(ticketID: id).map(\.kind) == [.suggested, .used])
        #expect(try desk.db.articleLinks(ticketID: id).first?.articleReference == "KB-41")
        #expect(try desk.db.integrityProblems().isEmpty)  // the event chain too
    }

    @Test("a resolution naming a missing article is refused and writes nothing (no event, no link)")
    func missingArticle() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let events = try desk.db.events(ticketID: id).count
        #expect(throws: StoreError.articleNotFound("KB-999")) {
            try desk.perform(.resolve(resolution: "x", articleID: 999), id)
        }
        #expect(try desk.db.ticket(id: id)?.status == .new)
        #expect(try desk.db.events(ticketID: id).count == events)
        #expect(try desk.linkRows().isEmpty)
    }

    @Test("drafting from a resolved ticket: a draft article, a drafted-from link and a kb_linked event in one go")
    func draft() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        try desk.perform(.escalate(Escalation(target: .tier(.l2), area: "network", reason: "certificate expired", tried: "restarted the client")), id)
        try desk.perform(.take, id, by: Self.luis, minutes: 2)
        #expect(throws: ArticleDraftError.self) { try desk.db.draftArticle(fromTicket: id, by: Self.luis, now: Self.now + 180) }
        try desk.perform(.resolve(resolution: "renewed the certificate", articleID: nil), id, by: Self.luis, minutes: 3)
        #expect(throws: ArticleDraftError.notPermitted("ana (l1) cannot draft an article from #\(id): only L2, L3 and supervisors write up resolutions; ask the specialist who solved it")) {
            try desk.db.draftArticle(fromTicket: id, by: Self.ana, now: Self.now + 240)
        }
        let article = try desk.db.draftArticle(fromTicket: id, by: Self.luis, now: Self.now + 240)
        #expect(article.status == .draft && article.author == "luis" && article.title == "VPN down" && article.category == "network")
        #expect(article.body.contains("certificate expired") && article.body.contains("renewed the certificate"))
        #expect(try desk.db.articleLinks(ticketID: id).map(\.kind) == [.draftedFrom])
        #expect(try desk.db.events(ticketID: id).last?.type == .kbLinked)
        #expect(try desk.db.articleUsage(id: article.id, limit: 5).useCount == 0)
        #expect(try desk.db.integrityProblems().isEmpty)
        #expect(throws: StoreError.ticketNotFound(9999)) { try desk.db.draftArticle(fromTicket: 9999, by: Self.luis, now: Self.now) }
    }

    @Test("the migration backfills links from an older database's resolved and kb_linked events")
    func backfill() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-backfill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("old.sqlite").path
        let queue = try DatabaseQueue(path: path)
        // A database from before the links: every migration up to kb-v2-term-stats.
        var migrator = DatabaseMigrator()
        CoreSchema.registerMigrations(&migrator)
        KnowledgeBaseSchema.registerMigrations(&migrator)
        SLASchema.registerMigrations(&migrator)
        KnowledgeBaseSchema.registerSearchStatistics(&migrator)
        try migrator.migrate(queue)
        let old = try AppDatabase(queue, path: path, migrate: false)
        _ = try old.saveAgent(Self.ana)
        let article = try old.addArticle(ArticleDraft(title: "T", body: "B"), status: .published, author: "ana", now: Self.now)
        let ticket = try old.createTicket(NewTicket(subject: "s", requester: "r"), by: Self.ana, now: Self.now)
        let events = [TicketEvent(ticketID: ticket.id, type: .kbLinked, at: Self.now + 60, actor: "ana", articleID: article.id),
                      TicketEvent(ticketID: ticket.id, type: .resolved, at: Self.now + 120, actor: "ana", articleID: article.id)]
        try old.write { db in try EventChain.append(events, db) }
        try queue.close()

        let upgraded = try AppDatabase.open(path: path)
        #expect(try upgraded.articleLinks(ticketID: ticket.id).map(\.kind) == [.suggested, .used])
        #expect(try upgraded.article(id: article.id)?.useCount == 1)
    }
}
