import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

/// A small desk whose figures are worked out by hand in the comments below.
///
/// Period 2026-03-01 – 03-07 (UTC), now = 03-10 12:00. Policies: `SLAFixtures.simple`
/// (24x7, first response 1h, resolution 8h).
///
/// | ticket | created      | path                                   | resolved     | hours | pri | csat |
/// | F      | 02-27 12:00  | escalated to L2 (luis), luis resolves  | 03-05 12:00  | 144   | P3  |      |
/// | A      | 03-02 09:00  | ana replies 09:30, resolves (FCR)      | 03-02 11:00  | 2     | P3  |      |
/// | B      | 03-02 10:00  | escalated 10:30 (pedro: luis has F)    | 03-03 10:00  | 24    | P3  | 4    |
/// | C      | 03-03 09:00  | ana takes, replies 09:10, resolves FCR | 03-03 13:00  | 4     | P1  | 5    |
/// | D      | 03-04 09:00  | ana takes; open, never answered        |              |       | P3  |      |
/// | G      | 03-05 09:00  | reply 09:05, escalated 09:30, sent back 10:00, pending 10:30 | |  | P3 |   |
/// | E      | 03-10 11:10  | open, unassigned (50 minutes old)      |              |       | P3  |      |
struct MetricsDesk {
    let db: AppDatabase
    let from = SLAFixtures.at("2026-03-01T00:00:00Z")
    let to = SLAFixtures.at("2026-03-08T00:00:00Z")
    let now = SLAFixtures.at("2026-03-10T12:00:00Z")
    let utc = TimeZone(identifier: "UTC")!

    init() throws {
        db = try SLAFixtures.database()
        let ana = SLAFixtures.agent("ana")
        func at(_ s: String) -> Date { SLAFixtures.at("2026-" + s + ":00Z") }
        func new(_ subject: String, _ when: String, impact: Impact = .medium, urgency: Urgency = .medium) throws -> Int64 {
            try db.createTicket(NewTicket(subject: subject, requester: "r", category: "network", impact: impact, urgency: urgency),
                                by: ana, now: at(when)).id
        }
        func act(_ action: TicketAction, _ id: Int64, _ who: String, _ when: String) throws {
            let agent = try db.agent(login: who)!
            _ = try db.perform(action, on: id, expectedVersion: nil, by: agent, now: at(when))
        }
        func assignee(_ id: Int64) throws -> String { try db.ticket(id: id)!.assignee! }
        let escalation = TicketAction.escalate(Escalation(target: .tier(.l2), area: "network", reason: "needs L2", tried: "basics"))

        let f = try new("F", "02-27T12:00")
        try act(escalation, f, "ana", "02-27T13:00")
        let a = try new("A", "03-02T09:00")
        try act(.reply("hi"), a, "ana", "03-02T09:30")
        try act(.resolve(resolution: "ok", articleID: nil), a, "ana", "03-02T11:00")
        let b = try new("B", "03-02T10:00")
        try act(escalation, b, "ana", "03-02T10:30")
        try act(.resolve(resolution: "ok", articleID: nil), b, try assignee(b), "03-03T10:00")
        try act(.close(csat: 4), b, try assignee(b), "03-03T11:00")
        let c = try new("C", "03-03T09:00", impact: .high, urgency: .high)
        try act(.take, c, "ana", "03-03T09:00")
        try act(.reply("on it"), c, "ana", "03-03T09:10")
        try act(.resolve(resolution: "ok", articleID: nil), c, "ana", "03-03T13:00")
        try act(.close(csat: 5), c, "ana", "03-03T14:00")
        let d = try new("D", "03-04T09:00")
        try act(.take, d, "ana", "03-04T09:00")
        try act(.resolve(resolution: "ok", articleID: nil), f, try assignee(f), "03-05T12:00")
        let g = try new("G", "03-05T09:00")
        try act(.reply("looking"), g, "ana", "03-05T09:05")
        try act(escalation, g, "ana", "03-05T09:30")
        try act(.deescalate(note: "try the runbook"), g, try assignee(g), "03-05T10:00")
        try act(.changeStatus(.pendingCustomer), g, "ana", "03-05T10:30")
        _ = try new("E", "03-10T11:10")
    }

    func report() throws -> MetricsReport {
        try db.metricsReport(from: from, to: to, now: now, timeZone: utc)
    }
}

@Suite("Metrics report from SQL aggregates")
struct MetricsSQLTests {
    @Test("every figure equals the one computed by hand")
    func handComputed() throws {
        let desk = try MetricsDesk()
        let r = try desk.report()
        #expect(r.ticketsCreated == 5)               // A B C D G
        #expect(r.ticketsResolved == 4)              // A B C F
        #expect(r.firstContactResolutionRate == 0.5) // A and C of four
        #expect(r.escalationRate == 0.4)             // B and G of five
        #expect(r.escalationRateByTier == ["l1": 0.4, "l2": 0.0]) // L2 reached by B and G, left by neither
        #expect(r.openByTier == TierCounts(l1: 3))   // D E G
        #expect(r.slaBreached == 3)                  // D open and late; B and F resolved late
        #expect(r.slaBreachedOpen == 1 && r.slaBreachedResolved == 2)
        #expect(r.slaAtRisk == 1)                    // E: 50 of 60 minutes
        #expect(abs((r.meanTimeToResolveHours ?? 0) - 43.5) < 1e-6)   // (2+24+4+144)/4
        #expect(abs((r.medianTimeToResolveHours ?? 0) - 14) < 1e-6)   // (4+24)/2
        let tiers = r.timeToResolveByTier.map { ($0.group, $0.count, ($0.meanHours * 1000).rounded() / 1000, ($0.medianHours * 1000).rounded() / 1000) }
        #expect(tiers.map(\.0) == ["l1", "l2"])
        #expect(tiers.map(\.1) == [2, 2])
        #expect(tiers.map(\.2) == [3, 84])
        #expect(tiers.map(\.3) == [3, 84])
        let priorities = r.timeToResolveByPriority
        #expect(priorities.map(\.group) == ["P1", "P3"])
        #expect(priorities.map(\.count) == [1, 3])
        #expect(abs(priorities[1].meanHours - 170.0 / 3) < 1e-6)
        #expect(abs(priorities[1].medianHours - 24) < 1e-6)
        #expect(r.backlogAge == BacklogAge(under4h: 1, under1d: 0, under3d: 0, older: 2))
        #expect(r.csat.count == 2 && r.csat.average == 4.5 && r.csat.distribution == [0, 0, 0, 1, 1])
        #expect(r.workload == [AgentWorkload(login: "ana", open: 2)]) // D, and G sent back to ana
        let t = r.trends
        #expect(t.days.first?.description == "2026-02-22" && t.days.last?.description == "2026-03-07")
        let i = { (day: String) in t.days.firstIndex { $0.description == day }! }
        #expect(t.created.reduce(0, +) == 6 && t.created[i("2026-03-02")] == 2 && t.created[i("2026-02-27")] == 1)
        #expect(t.resolved[i("2026-03-03")] == 2 && t.resolved[i("2026-03-05")] == 1)
        #expect(t.firstContactResolutionRate[i("2026-03-03")] == 0.5)
        #expect(t.firstContactResolutionRate[i("2026-03-05")] == 0.0)
        #expect(t.firstContactResolutionRate[i("2026-03-01")] == nil)
        #expect(t.escalationRate[i("2026-03-02")] == 0.5 && t.escalationRate[i("2026-02-27")] == 1.0)
        #expect(t.csatAverage[i("2026-03-03")] == 4.5 && t.csatAverage[i("2026-03-02")] == nil)
    }

    @Test("SQL and the in-memory facts path agree on the same desk")
    func sameAsFacts() throws {
        let desk = try MetricsDesk()
        let sql = try desk.report()
        let facts = try desk.db.read { db in
            try Ticket.fetchAll(db).map { t -> TicketFacts in
                let history = try TicketEvent.fetchAll(db, sql: "SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id", arguments: [t.id])
                let sla = SLAClock(policies: SLAFixtures.simple).evaluate(t, history: history, now: desk.now)
                return TicketFacts(ticket: t, history: history, sla: sla)
            }
        }
        var memory = MetricsReport(facts: facts, from: desk.from, to: desk.to, now: desk.now, timeZone: desk.utc)
        // Hours differ in the last bits (julianday vs. TimeInterval): compare them rounded.
        func rounded(_ r: MetricsReport) -> MetricsReport {
            var r = r
            let round = { (x: Double) in (x * 1e6).rounded() / 1e6 }
            r.meanTimeToResolveHours = r.meanTimeToResolveHours.map(round)
            r.medianTimeToResolveHours = r.medianTimeToResolveHours.map(round)
            r.timeToResolveByTier = r.timeToResolveByTier.map { var g = $0; g.meanHours = round(g.meanHours); g.medianHours = round(g.medianHours); return g }
            r.timeToResolveByPriority = r.timeToResolveByPriority.map { var g = $0; g.meanHours = round(g.meanHours); g.medianHours = round(g.medianHours); return g }
            return r
        }
        memory.generatedAt = sql.generatedAt
        // KB gaps need the knowledge base and the search log, which ticket facts do not carry:
        // only the SQL path computes them (their own specification: SearchGapStoreTests).
        #expect(!sql.kbGaps.uncoveredCategories.isEmpty && memory.kbGaps == .empty)
        memory.kbGaps = sql.kbGaps
        // Coverage needs the agents' shifts, which facts do not carry either (CoverageStoreTests).
        #expect(sql.coverage != nil && memory.coverage == nil)
        memory.coverage = sql.coverage
        #expect(rounded(sql) == rounded(memory))
    }

    @Test("an empty period has nulls, not zeros or missing keys")
    func empty() throws {
        let db = try SLAFixtures.database()
        let r = try db.metricsReport(from: SLAFixtures.at("2026-03-01T00:00:00Z"), to: SLAFixtures.at("2026-03-08T00:00:00Z"),
                                     now: SLAFixtures.at("2026-03-10T00:00:00Z"), timeZone: TimeZone(identifier: "UTC")!)
        #expect(r.firstContactResolutionRate == nil && r.escalationRate == nil && r.meanTimeToResolveHours == nil)
        #expect(r.escalationRateByTier.isEmpty && r.trends.days.count == 14 && r.trends.created == Array(repeating: 0, count: 14))
    }

    /// Stored times are exact to the millisecond; `julianday` arithmetic is not (4 h came out
    /// as 3.9999999962747097), so the hours are rounded back to whole milliseconds.
    @Test("times to resolve are exact: resolved 4 hours after it was logged is 4.0 hours")
    func exactHours() throws {
        let r = try MetricsDesk().report()
        #expect(r.meanTimeToResolveHours == 43.5)    // (2+24+4+144)/4
        #expect(r.medianTimeToResolveHours == 14)    // (4+24)/2
        #expect(r.timeToResolveByTier.map(\.meanHours) == [3, 84])
        #expect(r.timeToResolveByPriority.map(\.medianHours) == [4, 24])
    }

    @Test("a score given before a reopen does not count for the ticket resolved again")
    func csatWithdrawnByReopen() throws {
        let desk = try MetricsDesk()
        let ana = try desk.db.agent(login: "ana")!
        let c = try desk.db.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM tickets WHERE subject = 'C'") }!
        func at(_ s: String) -> Date { SLAFixtures.at("2026-" + s + ":00Z") }
        _ = try desk.db.perform(.reopen(reason: "again"), on: c, expectedVersion: nil, by: ana, now: at("03-04T09:00"))
        _ = try desk.db.perform(.resolve(resolution: "ok", articleID: nil), on: c, expectedVersion: nil, by: ana, now: at("03-04T10:00"))
        let r = try desk.report()
        #expect(r.ticketsResolved == 4)                               // C still resolved in the period
        #expect(r.csat == CSATSummary(scores: [4]))                   // only B's 4; C's 5 went with the reopen
        #expect(r.firstContactResolutionRate == 0.25)                 // A only: C was reopened
    }
}

@Suite("Metrics SQL stays on indexes")
struct MetricsPlanTests {
    @Test("no report statement walks the whole tickets table or one of its indexes")
    func plans() throws {
        let desk = try MetricsDesk()
        final class Log: @unchecked Sendable {
            var statements: [String] = []
        }
        let log = Log()
        desk.db.writer.writeWithoutTransaction { db in
            db.trace(options: .statement) { event in
                if case .statement(let s) = event { log.statements.append(s.sql) }
            }
        }
        _ = try desk.report()
        desk.db.writer.writeWithoutTransaction { $0.trace(options: .statement, nil) }
        let selects = Set(log.statements.filter { $0.uppercased().contains("SELECT") && $0.contains("tickets") })
        #expect(selects.count >= 10)
        for sql in selects {
            let argCount = sql.filter { $0 == "?" }.count
            let plan = try desk.db.read { db in
                try GRDB.Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql,
                                      arguments: StatementArguments(Array(repeating: desk.now, count: argCount)))
                    .map { $0["detail"] as String }
            }
            // `tickets_open` is partial (open tickets only): reading all of it is the backlog, not the history.
            let fullScans = plan.filter { $0.hasPrefix("SCAN t") && !$0.hasPrefix("SCAN ticket_sla") && !$0.hasSuffix("USING INDEX tickets_open") }
            #expect(fullScans.isEmpty, "\(sql)\n\(plan.joined(separator: "\n"))")
        }
    }
}
