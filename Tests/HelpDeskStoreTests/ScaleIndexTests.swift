import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

/// The query shapes that keep a million-ticket desk fast (see `Benchmarks/scale`): checked by
/// plan, so a rewrite that falls back to walking the table fails here rather than in use.
@Suite("Scale indexes")
struct ScaleIndexTests {
    static func plan(_ db: AppDatabase, _ sql: String, _ arguments: StatementArguments) throws -> [String] {
        try db.read { db in
            try GRDB.Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
    }

    @Test("metrics-v1 replaces the period indexes with covering ones (metrics-v3 the resolved one again, without `done`)")
    func migration() throws {
        let db = try AppDatabase.inMemory()
        let indexes = try db.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        #expect(indexes.contains("tickets_created_facts"))
        #expect(indexes.contains("tickets_resolved_cover"))
        #expect(!indexes.contains("tickets_resolved_facts"))
        #expect(indexes.contains("ticket_events_moves"))
        #expect(!indexes.contains("tickets_created"))
        #expect(!indexes.contains("tickets_resolved"))
    }

    @Test("an agent's load for auto-assignment is a range of tickets_assignee on done")
    func leastLoadedPlan() throws {
        let db = try AppDatabase.inMemory()
        let plan = try Self.plan(db, AppDatabase.leastLoadedSQL, ["l2"])
        #expect(plan.contains { $0.contains("tickets_assignee (assignee=? AND done=?)") }, "\(plan)")
    }

    @Test("sla run's backfill walks the open tickets, not every ticket")
    func backfillPlan() throws {
        let db = try AppDatabase.inMemory()
        let plan = try Self.plan(db, AppDatabase.backfillSQL, [0, 500])
        #expect(plan.contains { $0.contains("tickets_urgency (done=?)") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN t") || $0.contains("PRIMARY KEY (rowid>?)") }, "\(plan)")
    }

    @Test("auto-assignment counts only active tickets, as before the rewrite")
    func leastLoadedCountsActive() throws {
        let db = try AppDatabase.inMemory()
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        try db.write { db in
            try db.execute(sql: """
                INSERT INTO agents (login, name, role, areas) VALUES ('x', 'X', 'l2', ''), ('y', 'Y', 'l2', '');
                """)
            // x: three resolved tickets and one open; y: two open. Least loaded is x (1 < 2).
            for (assignee, status) in [("x", "resolved"), ("x", "closed"), ("x", "resolved"), ("x", "open"), ("y", "open"), ("y", "pending-customer")] {
                try db.execute(sql: """
                    INSERT INTO tickets (kind, subject, requester, plan, impact, urgency, priority, status, tier, assignee,
                                         created_by, created_at, updated_at)
                    VALUES ('incident', 's', 'r', 'basic', 'low', 'low', 4, ?, 'l2', ?, 'x', ?, ?)
                    """, arguments: [status, assignee, now, now])
            }
        }
        let chosen = try db.read { db in try AppDatabase.leastLoaded(db, tier: .l2, area: nil) }
        #expect(chosen == "x")
    }
}
