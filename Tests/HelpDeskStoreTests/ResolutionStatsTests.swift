import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

/// `MetricsQueries.resolutionStats()` (one statement for the counts and means, two passes over
/// the index for the medians) against the definition it replaced in the report: a count, a mean
/// and an `ORDER BY … LIMIT … OFFSET` per group (`resolution(where:)`).
@Suite("Time to resolve in three passes")
struct ResolutionStatsTests {
    static func compare(_ db: AppDatabase, from: Date, to: Date, now: Date) throws -> Int {
        try db.read { db in
            let q = MetricsQueries(db: db, from: from, to: to, now: now)
            let stats = try q.resolutionStats()
            #expect(stats.all == (try q.resolution()))
            #expect(stats.byTier == (try q.resolutionByGroup(column: "tier", groups: Tier.allCases.map(\.rawValue))))
            #expect(stats.byPriority == (try q.resolutionByGroup(column: "priority", groups: Priority.allCases.map(\.rawValue))))
            return stats.all.count
        }
    }

    @Test("on a demo desk, for periods with odd and even counts, every group's count, mean and median are the old ones")
    func demoDesk() throws {
        let db = try AppDatabase.inMemory()
        db.slaPolicies = .standard
        try DemoGenerator(tickets: 2_500, seed: 21, now: DemoRealismTests.now).run(into: db)
        let now = DemoRealismTests.now
        var counts = Set<Bool>()
        for days in [1.0, 2, 3, 7, 30] {
            for shift in [0.0, 3_600, 7_777] {
                let n = try Self.compare(db, from: now.addingTimeInterval(-days * 86_400 - shift), to: now.addingTimeInterval(-shift), now: now)
                counts.insert(n.isMultiple(of: 2))
            }
        }
        #expect(counts == [true, false], "both odd and even populations were compared")
        // An empty period: no counts, no means, no medians.
        #expect(try Self.compare(db, from: now.addingTimeInterval(86_400), to: now.addingTimeInterval(2 * 86_400), now: now) == 0)
    }

    @Test("the hand-computed desk, with many equal durations and a reopened ticket")
    func handDesk() throws {
        let desk = try MetricsDesk()
        #expect(try Self.compare(desk.db, from: desk.from, to: desk.to, now: desk.now) == 4)
        // Durations equal to the minute (one bucket holds both middle values), spread wide, past
        // the 60 days the histogram keeps in an array, and one resolved before it was logged.
        try desk.db.write { db in
            for (i, minutes) in [30, 30, 30, 30, 31, 5_000, 12, 30, 100_000, -30, 90_000].enumerated() {
                try db.execute(sql: """
                    INSERT INTO tickets (kind, subject, requester, plan, impact, urgency, priority, status, tier, created_by,
                                         created_at, updated_at, resolved_at)
                    VALUES ('incident', ?, 'r', 'basic', 'low', 'low', ?, 'resolved', ?, 'x', ?, ?, ?)
                    """, arguments: ["raw\(i)", 1 + i % 4, i % 2 == 0 ? "l1" : "l3", desk.from.addingTimeInterval(7200 - Double(minutes) * 60),
                                     desk.from.addingTimeInterval(7200), desk.from.addingTimeInterval(7200)])
            }
        }
        #expect(try Self.compare(desk.db, from: desk.from, to: desk.to, now: desk.now) == 15)
    }

    @Test("both passes read the resolved population from tickets_resolved_cover alone")
    func plan() throws {
        let db = try AppDatabase.inMemory()
        let sql = "SELECT tier, priority, \(MetricsQueries.hours) FROM tickets WHERE resolved_at >= ? AND resolved_at < ? AND status IN ('resolved', 'closed')"
        let plan = try ScaleIndexTests.plan(db, sql, [Date(), Date()])
        #expect(plan.contains { $0.contains("COVERING INDEX tickets_resolved_cover (resolved_at>? AND resolved_at<?)") }, "\(plan)")
    }
}
