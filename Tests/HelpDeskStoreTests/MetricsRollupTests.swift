import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

/// The quarter-hour totals (`metrics-v2-quarter-rollups`): kept equal to a recomputation from
/// `tickets` by their triggers through every kind of change, and giving exactly the report the
/// per-ticket queries give, in time zones whose midnights are not on the hour.
@Suite("Metrics quarter-hour totals")
struct MetricsRollupTests {
    /// Both tables as stored, rows that net to zero left out, against the migration's own
    /// recomputation from the tickets.
    static func storedAndRecomputed(_ db: AppDatabase) throws -> (stored: [String], recomputed: [String]) {
        func rows(_ db: Database) throws -> [String] {
            let created = try Row.fetchAll(db, sql: "SELECT * FROM metrics_created WHERE tickets <> 0 OR escalated <> 0 ORDER BY quarter")
            let resolved = try Row.fetchAll(db, sql: """
                SELECT * FROM metrics_resolved
                WHERE tickets <> 0 OR first_contact <> 0 OR csat1 <> 0 OR csat2 <> 0 OR csat3 <> 0 OR csat4 <> 0 OR csat5 <> 0
                ORDER BY quarter
                """)
            return created.map { "c \($0)" } + resolved.map { "r \($0)" }
        }
        let stored = try db.read(rows)
        // Recomputed inside a transaction that is rolled back: the file is left as it was.
        var recomputed: [String] = []
        try db.writer.writeWithoutTransaction { db in
            try db.inTransaction {
                try MetricsRollupSchema.rebuild(db)
                recomputed = try rows(db)
                return .rollback
            }
        }
        return (stored, recomputed)
    }

    @Test("the triggers keep the totals equal to a recomputation: create, escalate, resolve, reopen, close with a score, edits and deletes")
    func triggers() throws {
        let desk = try MetricsDesk()
        let db = desk.db
        var (stored, recomputed) = try Self.storedAndRecomputed(db)
        #expect(!stored.isEmpty)
        #expect(stored == recomputed)
        let ana = try #require(try db.agent(login: "ana"))
        let c = try #require(try db.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM tickets WHERE subject = 'C'") })
        func at(_ s: String) -> Date { SLAFixtures.at("2026-" + s + ":00Z") }
        _ = try db.perform(.reopen(reason: "again"), on: c, expectedVersion: nil, by: ana, now: at("03-04T09:00"))
        _ = try db.perform(.resolve(resolution: "ok", articleID: nil), on: c, expectedVersion: nil, by: ana, now: at("03-04T10:07"))
        _ = try db.perform(.close(csat: 2), on: c, expectedVersion: nil, by: ana, now: at("03-04T11:00"))
        // Writes from outside the workflow (another tool, a repair) go through the triggers too.
        try db.write { db in
            try db.execute(sql: "UPDATE tickets SET created_at = '2026-03-01 23:59:59.999', escalation_count = 2 WHERE subject = 'A'")
            try db.execute(sql: "UPDATE tickets SET first_contact_resolution = 1, csat = 3 WHERE subject = 'B'")
            try db.execute(sql: """
                INSERT INTO tickets (kind, subject, requester, plan, impact, urgency, priority, status, tier, created_by,
                                     created_at, updated_at, resolved_at, csat)
                VALUES ('incident', 'raw', 'r', 'basic', 'low', 'low', 4, 'closed', 'l1', 'x',
                        '2026-03-02 08:14:59.999', '2026-03-02 09:00:00.000', '2026-03-02 08:45:00.000', 5)
                """)
        }
        (stored, recomputed) = try Self.storedAndRecomputed(db)
        #expect(stored == recomputed)
        try db.write { db in try db.execute(sql: "DELETE FROM tickets WHERE subject = 'raw'") }
        (stored, recomputed) = try Self.storedAndRecomputed(db)
        #expect(stored == recomputed)
    }

    /// Local days ending at `now`'s day in `zone`: `[first midnight, midnight after now's day)`.
    static func days(_ count: Int, endingAt now: Date, in zone: TimeZone) -> (Date, Date) {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zone
        let today = cal.startOfDay(for: now)
        return (cal.date(byAdding: .day, value: -(count - 1), to: today)!, cal.date(byAdding: .day, value: 1, to: today)!)
    }

    @Test("reports from the totals equal reports from the tickets, in zones a quarter or half hour off, and off quarter hours", arguments: [
        "UTC", "Europe/Madrid", "Asia/Kathmandu", "America/St_Johns", "Australia/Eucla", "Pacific/Chatham",
    ])
    func sameReports(zoneName: String) throws {
        let zone = try #require(TimeZone(identifier: zoneName))
        let db = try AppDatabase.inMemory()
        db.slaPolicies = .standard
        try DemoGenerator(tickets: 1_500, seed: 11, now: DemoRealismTests.now).run(into: db)
        let now = DemoRealismTests.now
        var periods = [1, 7, 30].map { Self.days($0, endingAt: now, in: zone) }
        // Not on a quarter hour: read from the tickets either way.
        periods.append((periods[1].0.addingTimeInterval(420), now))
        #expect(try db.read { try MetricsQueries.quarters($0, from: periods[3].0, to: periods[3].1) } == nil)
        #expect(try db.read { try MetricsQueries.quarters($0, from: periods[1].0, to: periods[1].1) } != nil)
        let fromTotals = try periods.map { try db.metricsReport(from: $0.0, to: $0.1, now: now, timeZone: zone) }
        #expect(fromTotals[2].ticketsCreated > 100 && fromTotals[2].csat.count > 10)
        try db.write { db in
            try db.execute(sql: """
                DROP TRIGGER metrics_rollup_insert; DROP TRIGGER metrics_rollup_update; DROP TRIGGER metrics_rollup_delete;
                DROP TABLE metrics_created; DROP TABLE metrics_resolved;
                """)
        }
        let fromTickets = try periods.map { try db.metricsReport(from: $0.0, to: $0.1, now: now, timeZone: zone) }
        #expect(fromTotals == fromTickets)
    }

    @Test("a trend day is a primary-key range of the totals")
    func plan() throws {
        let db = try AppDatabase.inMemory()
        for table in ["metrics_created", "metrics_resolved"] {
            let plan = try ScaleIndexTests.plan(db, "SELECT SUM(tickets) FROM \(table) WHERE quarter >= ? AND quarter < ?", [1, 2])
            #expect(plan.contains { $0.contains("INTEGER PRIMARY KEY (rowid>? AND rowid<?)") }, "\(plan)")
        }
    }
}
