import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

/// A small desk whose coverage is worked out by hand. Policies: `SLAFixtures.simple` (24x7,
/// first response 1h); now = 03-10 09:50.
///
/// Agents: ana (L1), luis and pedro (L2 network), marc (L2 os), eva (L3 security, off shift).
///
/// | ticket | created | path                                              | cell            | assignee | breached |
/// | T1     | 09:00   | logged at L1, category network                    | L1              | —        | no       |
/// | T2     | 09:00   | escalated to L2 network                           | L2 network      | luis     | no       |
/// | T3     | 00:00   | escalated to L2 "Printing " (nobody covers it)    | L2 printing     | —        | yes (1h) |
/// | T4     | 09:00   | L2 network, then L3 security (eva is off shift)   | L3 security     | —        | no       |
/// | T5     | 09:00   | escalated to L2 with no area and no category      | L2 (any area)   | marc     | no       |
/// | T6     | 09:00   | resolved at L1                                    | not counted     |          |          |
struct CoverageDesk {
    let db: AppDatabase
    let now = SLAFixtures.at("2026-03-10T09:50:00Z")

    init() throws {
        db = try SLAFixtures.database()
        try db.saveAgent(Agent(login: "marc", name: "Marc", role: .l2, areas: ["OS"]))
        try db.saveAgent(Agent(login: "eva", name: "Eva", role: .l3, areas: ["security"], onShift: false))
        let ana = SLAFixtures.agent("ana")
        func at(_ s: String) -> Date { SLAFixtures.at("2026-03-10T" + s + ":00Z") }
        func new(_ subject: String, _ when: String, category: String? = nil) throws -> Int64 {
            try db.createTicket(NewTicket(subject: subject, requester: "r", category: category), by: ana, now: at(when)).id
        }
        func escalate(_ id: Int64, to tier: Tier, area: String?, by who: Agent, _ when: String) throws {
            _ = try db.perform(.escalate(Escalation(target: .tier(tier), area: area, reason: "needs \(tier.label)", tried: "basics")),
                               on: id, expectedVersion: nil, by: who, now: at(when))
        }
        _ = try new("T1", "09:00", category: "network")
        try escalate(try new("T2", "09:00"), to: .l2, area: "network", by: ana, "09:10")
        try escalate(try new("T3", "00:00"), to: .l2, area: "Printing ", by: ana, "00:10")
        let t4 = try new("T4", "09:00")
        try escalate(t4, to: .l2, area: "network", by: ana, "09:05")
        let specialist = try db.agent(login: try db.ticket(id: t4)!.assignee!)!
        try escalate(t4, to: .l3, area: "security", by: specialist, "09:20")
        try escalate(try new("T5", "09:00"), to: .l2, area: nil, by: ana, "09:15")
        let t6 = try new("T6", "09:00")
        _ = try db.perform(.resolve(resolution: "ok", articleID: nil), on: t6, expectedVersion: nil, by: ana, now: at("09:30"))
    }
}

@Suite("Coverage snapshot from SQL")
struct CoverageStoreTests {
    @Test("every cell equals the one worked out by hand, with the uncovered areas flagged")
    func handComputed() throws {
        let desk = try CoverageDesk()
        let snapshot = try desk.db.coverage(now: desk.now)
        #expect(snapshot.cells == [
            CoverageCell(tier: .l1, area: nil, onShift: 1, agents: 1, open: 1, unassigned: 1, breached: 0),
            CoverageCell(tier: .l2, area: "network", onShift: 2, agents: 2, open: 1, unassigned: 0, breached: 0),
            CoverageCell(tier: .l2, area: "os", onShift: 1, agents: 1, open: 0, unassigned: 0, breached: 0),
            CoverageCell(tier: .l2, area: "printing", onShift: 0, agents: 0, open: 1, unassigned: 1, breached: 1),
            CoverageCell(tier: .l2, area: nil, onShift: 3, agents: 3, open: 1, unassigned: 0, breached: 0),
            CoverageCell(tier: .l3, area: "security", onShift: 0, agents: 1, open: 1, unassigned: 1, breached: 0),
        ])
        #expect(snapshot.gaps.map { $0.label(anyArea: "any") } == ["L2 printing", "L3 security"])
        #expect(snapshot.onShift(.l1) == 1 && snapshot.onShift(.l2) == 3 && snapshot.onShift(.l3) == 0)
    }

    @Test("putting eva on shift covers L3 security; taking ana off uncovers L1")
    func shiftsMoveCoverage() throws {
        let desk = try CoverageDesk()
        try desk.db.setShift(login: "eva", onShift: true, by: "sofia", now: desk.now)
        try desk.db.setShift(login: "ana", onShift: false, by: "ana", now: desk.now)
        let gaps = try desk.db.coverage(now: desk.now).gaps.map { $0.label(anyArea: "any") }
        #expect(gaps == ["L2 printing", "L1"])
    }

    @Test("the report carries the same snapshot, as of its generation")
    func inReport() throws {
        let desk = try CoverageDesk()
        let report = try desk.db.metricsReport(from: desk.now.addingTimeInterval(-86_400), to: desk.now, now: desk.now,
                                               timeZone: TimeZone(identifier: "UTC")!)
        let direct = try desk.db.coverage(now: desk.now)
        #expect(report.coverage == direct)
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(json.contains("\"coverage\":{"))
    }

    @Test("a shift change is logged once with who and when; repeating it changes nothing")
    func shiftLog() throws {
        let desk = try CoverageDesk()
        let off = try desk.db.setShift(login: "luis", onShift: false, by: "sofia", now: desk.now)
        let stored = try desk.db.agent(login: "luis")
        #expect(!off.onShift && stored?.onShift == false)
        try desk.db.setShift(login: "luis", onShift: false, by: "sofia", now: desk.now.addingTimeInterval(60))
        let log = try desk.db.shiftLog(login: "luis")
        #expect(log == [ShiftChange(login: "luis", onShift: false, actor: "sofia", at: desk.now)])
        #expect(throws: StoreError.self) { try desk.db.setShift(login: "nobody", onShift: true, by: "sofia", now: desk.now) }
        #expect(throws: (any Error).self) {
            try desk.db.write { db in try db.execute(sql: "DELETE FROM agent_shift_log") }
        }
    }
}
