import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

@Suite("sla run: automatic actions, each exactly once")
struct SLARunTests {
    let t0 = SLAFixtures.at("2026-03-02T09:00:00Z")
    let ana = SLAFixtures.agent("ana")

    /// A P1 network ticket (auto-escalating) and a P3 one, created at t0.
    func desk() throws -> (AppDatabase, urgent: Ticket, normal: Ticket) {
        let db = try SLAFixtures.database()
        let urgent = try db.createTicket(NewTicket(subject: "Core switch down", requester: "r", category: "network",
                                                   impact: .high, urgency: .high), by: ana, now: t0)
        let normal = try db.createTicket(NewTicket(subject: "Printer", requester: "r"), by: ana, now: t0)
        return (db, urgent, normal)
    }

    @Test("nothing due: no ticket is even examined")
    func quiet() throws {
        let (db, _, _) = try desk()
        let result = try db.runSLA(now: t0.addingTimeInterval(60))
        #expect(result.examined == 0 && result.actions.isEmpty)
    }

    @Test("at risk once, then breached once, however often it runs")
    func atRiskThenBreached() throws {
        let (db, _, normal) = try desk()
        let risk = t0.addingTimeInterval(50 * 60)
        let first = try db.runSLA(now: risk)
        #expect(first.actions.filter { $0.ticketID == normal.id }.map(\.kind) == [.atRisk])
        #expect(try db.runSLA(now: risk).actions.isEmpty)
        #expect(try db.runSLA(now: risk.addingTimeInterval(60)).actions.isEmpty)

        let late = t0.addingTimeInterval(2 * 3600)
        let second = try db.runSLA(now: late)
        #expect(second.actions.filter { $0.ticketID == normal.id }.map(\.kind) == [.breached])
        #expect(try db.runSLA(now: late).actions.isEmpty)

        let events = try db.events(ticketID: normal.id)
        #expect(events.filter { $0.type == .slaAtRisk }.map(\.reason) == ["first_response"])
        #expect(events.filter { $0.type == .slaBreached }.map(\.reason) == ["first_response"])
        #expect(events.filter { $0.type == .slaBreached }.allSatisfy { $0.actor == "sla" })
        #expect(try db.integrityProblems().isEmpty, "every event went through the chain")
    }

    @Test("a resolution breach escalates to L2 once, to the least-loaded specialist, with a hand-off")
    func autoEscalation() throws {
        let (db, urgent, normal) = try desk()
        // pedro already holds an open ticket, so luis is the least loaded.
        let held = try db.createTicket(NewTicket(subject: "held", requester: "r"), by: ana, now: t0)
        _ = try db.perform(.assign(to: SLAFixtures.agent("pedro")), on: held.id, expectedVersion: nil, by: Agent(login: "boss", name: "B", role: .supervisor), now: t0)
        let late = t0.addingTimeInterval(9 * 3600)
        let result = try db.runSLA(now: late)
        let escalations = result.actions.filter { $0.kind == .escalated }
        #expect(escalations.map(\.ticketID) == [urgent.id], "only P1/P2 escalate automatically")
        #expect(escalations.first?.assignee == "luis")

        let ticket = try #require(try db.ticket(id: urgent.id))
        #expect(ticket.tier == .l2 && ticket.assignee == "luis" && ticket.escalationCount == 1)
        let handOff = try #require(try db.events(ticketID: urgent.id).first { $0.type == .escalated })
        #expect(handOff.actor == "sla" && handOff.fromTier == .l1 && handOff.toTier == .l2)
        #expect(handOff.reason?.contains("resolution SLA breached") == true)
        #expect(handOff.tried?.isEmpty == false)
        #expect(try db.ticket(id: normal.id)?.tier == .l1)

        // Later runs change nothing: no second escalation to L3, no second flag.
        #expect(try db.runSLA(now: late.addingTimeInterval(3600)).actions.isEmpty)
        #expect(try db.events(ticketID: urgent.id).filter { $0.type == .escalated }.count == 1)
        let sla = try #require(try db.agent(login: "sla"))
        #expect(sla.role == .supervisor)
        #expect(try !db.agents().map(\.login).contains("sla"), "the system agent stays out of agent lists")
    }

    @Test("a claimed dedupe key stops a second runner even if its history read were stale")
    func dedupeKey() throws {
        let (db, _, normal) = try desk()
        let late = t0.addingTimeInterval(2 * 3600)
        // Simulate a concurrent runner that already claimed the breach of `normal`.
        let sla = try #require(try db.sla(ticketID: normal.id, now: late))
        let key = SLAEvaluator.dedupeKey(ticketID: normal.id, type: .slaBreached, timer: sla.firstResponse)
        _ = try db.write { try AppDatabase.claim(key, ticketID: normal.id, action: "sla_breached", $0, now: late) }
        let result = try db.runSLA(now: late)
        #expect(!result.actions.contains { $0.ticketID == normal.id && $0.kind == .breached })
        #expect(try db.events(ticketID: normal.id).filter { $0.type == .slaBreached }.isEmpty)
    }

    @Test("two runners on one file at once: every action exactly once")
    func concurrentRunners() async throws {
        let temp = TempDatabase()
        let setup = try temp.open()
        setup.slaPolicies = SLAFixtures.simple
        for a in SLAFixtures.agents { try setup.saveAgent(a) }
        var ids: [Int64] = []
        for i in 0..<20 {
            let t = try setup.createTicket(NewTicket(subject: "t\(i)", requester: "r", category: "network",
                                                     impact: .high, urgency: i.isMultiple(of: 2) ? .high : .low),
                                           by: ana, now: t0)
            ids.append(t.id)
        }
        let late = t0.addingTimeInterval(9 * 3600)
        let path = temp.path
        async let a = Task.detached { try AppDatabase.open(path: path).runSLA(now: late, policies: SLAFixtures.simple) }.value
        async let b = Task.detached { try AppDatabase.open(path: path).runSLA(now: late, policies: SLAFixtures.simple) }.value
        let (ra, rb) = try await (a, b)
        let total = ra.actions.count + rb.actions.count
        // 20 × (first response + resolution breached), and the 10 P1 tickets escalated.
        #expect(total == 50)
        let db = try temp.open()
        for id in ids {
            let events = try db.events(ticketID: id)
            #expect(events.filter { $0.type == .slaBreached }.count == 2)
            #expect(events.filter { $0.type == .escalated }.count <= 1)
        }
        #expect(try db.integrityProblems().isEmpty)
    }

    @Test("tickets without a row (older files, bulk loads) are indexed by the first run")
    func backfill() throws {
        let (db, urgent, _) = try desk()
        try db.write { try $0.execute(sql: "DELETE FROM ticket_sla") }
        let result = try db.runSLA(now: t0.addingTimeInterval(60))
        #expect(result.backfilled == 2)
        #expect(try SLARow.fetch(db, urgent.id) != nil)
    }
}
