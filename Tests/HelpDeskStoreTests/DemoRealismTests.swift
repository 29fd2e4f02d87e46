import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

/// The demo desk must look like a floor on an ordinary day (issue #6): six weeks of history
/// that is almost all resolved, an open backlog of mostly recent work, a handful of tickets at
/// risk and only a few breached. Measured on a weekday morning with the built-in policies, the
/// way `helpdesk demo` builds it, through the same queries as the dashboard's counters.
@Suite("Demo desk realism")
struct DemoRealismTests {
    /// Wednesday 25 November 2026, 11:00 in Madrid: office calendars are running.
    static let now = SLAFixtures.at("2026-11-25T10:00:00Z")

    static func demo(tickets: Int, seed: UInt64 = 42) throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        db.slaPolicies = .standard
        try DemoGenerator(tickets: tickets, seed: seed, now: now).run(into: db)
        try db.refreshOpenTicketSLA(now: now)
        return db
    }

    static func count(_ db: AppDatabase, _ build: (inout TicketQuery) -> Void) throws -> Int {
        var query = TicketQuery()
        build(&query)
        return try db.countTickets(matching: query)
    }

    @Test("3000 tickets: old work is done, the backlog is recent, a handful at risk and a few breached")
    func ordinaryDay() throws {
        let db = try Self.demo(tickets: 3_000)
        let open = try Self.count(db) { $0.statuses = TicketQuery.activeStatuses }
        let tickets = try db.tickets(matching: TicketQuery(statuses: TicketQuery.activeStatuses, limit: 10_000))
        let recent = tickets.filter { Self.now.timeIntervalSince($0.createdAt) < 2 * 86_400 }.count
        let atRisk = try Self.count(db) { $0.statuses = TicketQuery.activeStatuses; $0.sla = SLAListFilter(.atRisk, asOf: Self.now) }
        let breached = try Self.count(db) { $0.statuses = TicketQuery.activeStatuses; $0.sla = SLAListFilter(.breached, asOf: Self.now) }
        let old = try db.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tickets WHERE created_at < ?", arguments: [Self.now.addingTimeInterval(-3 * 86_400)]) ?? 0
        }
        let oldOpen = tickets.filter { Self.now.timeIntervalSince($0.createdAt) >= 3 * 86_400 }.count
        let summary = "open \(open), recent \(recent), old \(oldOpen)/\(old), at risk \(atRisk), breached \(breached)"

        #expect(Double(oldOpen) <= 0.01 * Double(old), "\(summary)")
        #expect((20...150).contains(open), "a day's backlog for ~70 tickets a day: \(summary)")
        #expect(Double(recent) >= 0.8 * Double(open), "\(summary)")
        #expect((2...15).contains(atRisk), "\(summary)")
        #expect((1...10).contains(breached), "\(summary)")
        #expect(breached <= open / 4, "\(summary)")
    }

    @Test("the same seed builds the same desk; another seed another one")
    func deterministic() throws {
        func fingerprint(_ db: AppDatabase) throws -> [String] {
            try db.tickets(matching: TicketQuery(limit: 10_000)).map { "\($0.id) \($0.subject) \($0.status) \($0.createdAt.timeIntervalSince1970)" }
        }
        let a = try fingerprint(Self.demo(tickets: 300, seed: 7))
        let b = try fingerprint(Self.demo(tickets: 300, seed: 7))
        let c = try fingerprint(Self.demo(tickets: 300, seed: 8))
        #expect(a == b)
        #expect(a != c)
    }
}
