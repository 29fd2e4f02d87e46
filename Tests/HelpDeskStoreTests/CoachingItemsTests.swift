import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

/// `coaching_items` (migration `coaching-v1-feed-items`) against the feed's definition, the
/// query over the history it replaced: on a demo desk (bulk loaded, so the table comes from
/// `CoachingSchema.rebuild`) and after more work on it (rows from the trigger).
@Suite("Coaching items")
struct CoachingItemsTests {
    static func fromHistory(_ db: AppDatabase, _ login: String, limit: Int) throws -> [Int64] {
        try db.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM (\(AppDatabase.coachingFeedFromHistory))", arguments: [login, login, limit])
        }
    }

    static func feed(_ db: AppDatabase, _ login: String, limit: Int) throws -> [Int64] {
        try db.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM (\(AppDatabase.coachingFeedSQL))", arguments: [login, limit])
        }
    }

    static func logins(_ db: AppDatabase) throws -> [String] {
        try db.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT actor FROM ticket_events ORDER BY actor") }
    }

    @Test("on a demo desk every technician's feed is the one computed from the history, at any length")
    func demoDesk() throws {
        let db = try AppDatabase.inMemory()
        db.slaPolicies = .standard
        try DemoGenerator(tickets: 2_000, seed: 42, now: DemoRealismTests.now).run(into: db)
        var nonEmpty = 0
        for login in try Self.logins(db) {
            for limit in [1, 5, 100_000] {
                let expected = try Self.fromHistory(db, login, limit: limit)
                #expect(try Self.feed(db, login, limit: limit) == expected, "\(login) limit \(limit)")
            }
            if try !Self.feed(db, login, limit: 5).isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty >= 3, "the demo's L1 and L2 technicians have coaching")
        // Each (technician, event) once, for events of the two kinds only.
        let stray = try db.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM coaching_items c JOIN ticket_events x ON x.id = c.event_id
                WHERE x.type NOT IN ('deescalated', 'resolved')
                """) ?? -1
        }
        #expect(stray == 0)
    }

    @Test("events appended later reach the table through its trigger, also from another technician's work")
    func trigger() throws {
        let db = try AppDatabase.inMemory()
        db.slaPolicies = .standard
        try DemoGenerator(tickets: 300, seed: 5, now: DemoRealismTests.now).run(into: db)
        let now = DemoRealismTests.now
        let article = try db.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM articles LIMIT 1") }
        let ana = try #require(try db.agent(login: "ana"))
        let luis = try #require(try db.agent(login: "luis"))
        // ana escalates three fresh tickets; one comes back, one is solved with an article, one
        // is solved by ana herself with an article (not coaching).
        var ids: [Int64] = []
        for (i, subject) in ["VPN caída", "Impresora atascada", "Correo lento"].enumerated() {
            let ticket = try db.createTicket(NewTicket(subject: subject, requester: "m@x.example"), by: ana, now: now + Double(i))
            _ = try db.perform(.escalate(Escalation(target: .tier(.l2), area: "network", reason: "r", tried: "t", assignTo: "luis")),
                               on: ticket.id, expectedVersion: nil, by: ana, now: now + 10)
            ids.append(ticket.id)
        }
        _ = try db.perform(.deescalate(note: "mira el certificado"), on: ids[0], expectedVersion: nil, by: luis, now: now + 20)
        _ = try db.perform(.resolve(resolution: "reiniciada", articleID: article), on: ids[1], expectedVersion: nil, by: luis, now: now + 30)
        _ = try db.perform(.resolve(resolution: "hecho", articleID: article), on: ids[0], expectedVersion: nil, by: ana, now: now + 50)
        let newest = try db.coachingFeed(for: "ana", limit: 2)
        #expect(newest.map(\.ticketID) == [ids[1], ids[0]])
        #expect(newest.map(\.kind) == [.solvedWithArticle, .sentBack])
        for login in try Self.logins(db) {
            #expect(try Self.feed(db, login, limit: 100_000) == Self.fromHistory(db, login, limit: 100_000), "\(login)")
        }
    }

    @Test("the feed is a backwards range of coaching_items' primary key, never a sort")
    func plan() throws {
        let db = try AppDatabase.inMemory()
        let plan = try ScaleIndexTests.plan(db, AppDatabase.coachingFeedSQL, ["ana", 5])
        #expect(plan.first?.contains("SEARCH c USING PRIMARY KEY (agent=?)") == true, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }

    @Test("a file this process cannot migrate (no coaching_items) gets the same feed from the history")
    func withoutTable() throws {
        let db = try AppDatabase.inMemory()
        db.slaPolicies = .standard
        try DemoGenerator(tickets: 300, seed: 5, now: DemoRealismTests.now).run(into: db)
        let before = try db.coachingFeed(for: "ana", limit: 5)
        #expect(!before.isEmpty)
        try db.write { db in
            try db.execute(sql: "DROP TRIGGER \(CoachingSchema.trigger); DROP TABLE coaching_items")
        }
        #expect(try db.coachingFeed(for: "ana", limit: 5) == before)
    }
}
