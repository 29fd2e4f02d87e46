import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

/// `dashboard-v1-open-work-indexes`: the coverage panel, the backlog ages and the SLA counters
/// read partial indexes of the open work, and give what the older indexes gave.
@Suite("Open-work indexes")
struct OpenWorkIndexTests {
    static let indexes = ["tickets_open", "ticket_events_escalated_to", "ticket_sla_breach", "ticket_sla_alert"]

    @Test("coverage, backlog ages and SLA counts are the same with the new indexes and without them")
    func sameFigures() throws {
        let db = try AppDatabase.inMemory()
        db.slaPolicies = .standard
        try DemoGenerator(tickets: 1_500, seed: 9, now: DemoRealismTests.now).run(into: db)
        try db.refreshOpenTicketSLA(now: DemoRealismTests.now)
        // Instants around the demo's now, so some tickets cross into at risk and breached.
        let instants = [-7200.0, 0, 3600, 6 * 3600].map { DemoRealismTests.now.addingTimeInterval($0) }
        struct Figures: Equatable {
            var coverage: CoverageSnapshot
            var backlog: BacklogAge
            var breached: Int
            var atRisk: Int
            var open: TierCounts
        }
        func figures() throws -> [Figures] {
            try instants.map { now in
                let report = try db.metricsReport(from: now.addingTimeInterval(-86_400), to: now, now: now, timeZone: TimeZone(identifier: "UTC")!)
                return Figures(coverage: try db.coverage(now: now), backlog: report.backlogAge, breached: report.slaBreachedOpen,
                               atRisk: report.slaAtRisk, open: report.openByTier)
            }
        }
        let indexed = try figures()
        #expect(indexed.contains { $0.breached > 0 } && indexed.contains { $0.atRisk > 0 })
        #expect(indexed.contains { $0.coverage.cells.contains { $0.breached > 0 && $0.tier != .l1 } })
        try db.write { db in
            for index in Self.indexes { try db.execute(sql: "DROP INDEX \(index)") }
        }
        #expect(try figures() == indexed)
    }

    @Test("the coverage work query reads the partial indexes, and the breached set once")
    func plans() throws {
        let db = try AppDatabase.inMemory()
        let plan = try ScaleIndexTests.plan(db, CoverageQueries.workSQL, [Date(), "l2"])
        #expect(plan.contains { $0.contains("USING INDEX tickets_open (tier=?)") }, "\(plan)")
        #expect(plan.contains { $0.contains("ticket_events_escalated_to (ticket_id=? AND to_tier=?)") }, "\(plan)")
        #expect(plan.contains { $0.contains("ticket_sla_breach (breach_at<?)") }, "\(plan)")
        #expect(!plan.contains { $0.contains("CORRELATED LIST SUBQUERY") }, "\(plan)")
        for (index, sql, arguments) in [
            ("ticket_sla_breach", "SELECT COUNT(*) FROM ticket_sla INDEXED BY ticket_sla_breach WHERE open = 1 AND breach_at <= ?", [Date()]),
            ("ticket_sla_alert", "SELECT COUNT(*) FROM ticket_sla INDEXED BY ticket_sla_alert WHERE open = 1 AND alert_from <= ? AND (breach_at IS NULL OR breach_at > ?)", [Date(), Date()]),
        ] {
            let plan = try ScaleIndexTests.plan(db, sql, StatementArguments(arguments))
            #expect(plan.contains { $0.contains("INDEX \(index) (") }, "\(plan)")
        }
    }
}
