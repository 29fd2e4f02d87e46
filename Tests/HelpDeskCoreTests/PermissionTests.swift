import Foundation
import Testing
@testable import HelpDeskCore

@Suite("Role permissions")
struct PermissionTests {
    struct Case: Sendable, CustomStringConvertible {
        var agent: Agent
        var action: TicketAction
        var tier: Tier
        var assignee: String?
        var allowed: Bool
        var description: String { "\(agent.login)(\(agent.role.rawValue)) \(action.verb) \(tier.label) owned by \(assignee ?? "nobody")" }
    }

    static let cases: [Case] = [
        Case(agent: Fixture.ana, action: .take, tier: .l1, assignee: nil, allowed: true),
        Case(agent: Fixture.ana, action: .take, tier: .l2, assignee: nil, allowed: false),
        Case(agent: Fixture.ana, action: .take, tier: .l1, assignee: "jon", allowed: false),
        Case(agent: Fixture.luis, action: .take, tier: .l2, assignee: nil, allowed: true),
        Case(agent: Fixture.luis, action: .take, tier: .l1, assignee: nil, allowed: true),
        Case(agent: Fixture.luis, action: .take, tier: .l3, assignee: nil, allowed: false),
        Case(agent: Fixture.elena, action: .take, tier: .l3, assignee: nil, allowed: true),
        Case(agent: Fixture.sofia, action: .assign(to: Fixture.luis), tier: .l2, assignee: "pedro", allowed: true),
        Case(agent: Fixture.sofia, action: .assign(to: Fixture.ana), tier: .l2, assignee: nil, allowed: false),
        Case(agent: Fixture.ana, action: .assign(to: Fixture.jon), tier: .l1, assignee: "ana", allowed: true),
        Case(agent: Fixture.jon, action: .assign(to: Fixture.jon), tier: .l1, assignee: "ana", allowed: false),
        Case(agent: Fixture.ana, action: .resolve(resolution: "x", articleID: nil), tier: .l1, assignee: "jon", allowed: false),
        Case(agent: Fixture.ana, action: .resolve(resolution: "x", articleID: nil), tier: .l2, assignee: nil, allowed: false),
        Case(agent: Fixture.ana, action: .note("seen it"), tier: .l3, assignee: "elena", allowed: true),
        Case(agent: Fixture.ana, action: .reply("hola"), tier: .l2, assignee: "luis", allowed: true),
        Case(agent: Fixture.luis, action: .escalate(Fixture.escalation(to: .l3)), tier: .l2, assignee: "pedro", allowed: false),
        Case(agent: Fixture.sofia, action: .escalate(Fixture.escalation(to: .l3)), tier: .l2, assignee: "pedro", allowed: true),
        Case(agent: Fixture.ana, action: .take, tier: .external, assignee: nil, allowed: false),
        Case(agent: Fixture.luis, action: .changeStatus(.pendingVendor), tier: .external, assignee: nil, allowed: true),
    ]

    @Test("who may do what", arguments: cases)
    func permission(_ c: Case) {
        let ticket = Fixture.ticket(status: .open, tier: c.tier, assignee: c.assignee)
        let result = Result { try Workflow.apply(c.action, to: ticket, history: [], by: c.agent, now: Fixture.t0) }
        switch result {
        case .success: #expect(c.allowed, "expected a refusal")
        case .failure(let error):
            #expect(!c.allowed, "unexpected refusal: \(error)")
            let message = "\(error)"
            #expect(message.contains("#7") || message.contains("cannot"), "a refusal says why: \(message)")
        }
    }

    @Test("L1 taking an L2 ticket is refused as not permitted, naming the queue")
    func refusalSaysWhy() {
        #expect(throws: WorkflowError.notPermitted("ana (l1) cannot take #7: it is in the L2 queue")) {
            try Workflow.apply(.take, to: Fixture.ticket(status: .open, tier: .l2), history: [], by: Fixture.ana, now: Fixture.t0)
        }
    }
}

@Suite("Priority matrix")
struct PriorityMatrixTests {
    static let table: [(Impact, Urgency, Priority)] = [
        (.high, .high, .p1), (.high, .medium, .p2), (.high, .low, .p3),
        (.medium, .high, .p2), (.medium, .medium, .p3), (.medium, .low, .p4),
        (.low, .high, .p3), (.low, .medium, .p4), (.low, .low, .p4),
    ]

    @Test("impact × urgency → priority", arguments: table)
    func standard(impact: Impact, urgency: Urgency, expected: Priority) {
        #expect(PriorityMatrix.standard.priority(impact: impact, urgency: urgency) == expected)
    }

    @Test("the matrix is configurable")
    func custom() {
        var m = PriorityMatrix.standard
        m.table[.low]![.low] = .p3
        #expect(m.priority(impact: .low, urgency: .low) == .p3)
        #expect(m.priority(impact: .high, urgency: .high) == .p1)
    }
}

@Suite("First-contact resolution")
struct FirstContactTests {
    @Test("resolved at L1 by the first handler, never escalated: counts")
    func counts() throws {
        let (t, history) = try Fixture.play([(.take, Fixture.ana), (.resolve(resolution: "reset", articleID: 3), Fixture.ana)])
        #expect(t.firstContactResolution)
        #expect(history.last?.firstContact == true)
    }

    @Test("resolved by someone other than the first handler: does not count")
    func otherHandler() throws {
        let (t, _) = try Fixture.play([
            (.take, Fixture.ana), (.assign(to: Fixture.jon), Fixture.ana), (.resolve(resolution: "x", articleID: nil), Fixture.jon),
        ])
        #expect(!t.firstContactResolution)
    }

    @Test("escalated and sent back, then resolved at L1: does not count")
    func escalatedBefore() throws {
        let (t, _) = try Fixture.play([
            (.take, Fixture.ana), (.escalate(Fixture.escalation()), Fixture.ana), (.take, Fixture.luis),
            (.deescalate(note: "use KB-4"), Fixture.luis), (.take, Fixture.ana), (.resolve(resolution: "x", articleID: nil), Fixture.ana),
        ])
        #expect(t.tier == .l1 && !t.firstContactResolution)
    }

    @Test("resolved again after a reopen: does not count")
    func reopened() throws {
        let (t, _) = try Fixture.play([
            (.take, Fixture.ana), (.resolve(resolution: "x", articleID: nil), Fixture.ana),
            (.reopen(reason: nil), Fixture.ana), (.resolve(resolution: "y", articleID: nil), Fixture.ana),
        ])
        #expect(!t.firstContactResolution)
    }

    @Test("logged and resolved by the same agent without taking it: counts")
    func creatorResolves() throws {
        let (t, _) = try Fixture.play([(.resolve(resolution: "x", articleID: nil), Fixture.ana)])
        #expect(t.firstContactResolution)
    }
}

@Suite("Auto-assignment")
struct AutoAssignerTests {
    static let raj = Agent(login: "raj", name: "Raj", role: .l2, areas: ["network"], onShift: false)
    static let mia = Agent(login: "mia", name: "Mia", role: .l2, areas: ["Network", "os"])

    @Test("least loaded on-shift specialist of the area")
    func leastLoaded() {
        let loads = [AgentLoad(agent: Fixture.luis, openTickets: 5), AgentLoad(agent: Self.mia, openTickets: 2),
                     AgentLoad(agent: Self.raj, openTickets: 0), AgentLoad(agent: Fixture.pedro, openTickets: 0)]
        #expect(AutoAssigner.choose(tier: .l2, area: "network", among: loads) == "mia")
    }

    @Test("ties go to the first login")
    func ties() {
        let loads = [AgentLoad(agent: Self.mia, openTickets: 1), AgentLoad(agent: Fixture.luis, openTickets: 1)]
        #expect(AutoAssigner.choose(tier: .l2, area: "network", among: loads) == "luis")
    }

    @Test("nobody on shift in the area: left unassigned")
    func nobody() {
        let loads = [AgentLoad(agent: Self.raj, openTickets: 0), AgentLoad(agent: Fixture.pedro, openTickets: 0)]
        #expect(AutoAssigner.choose(tier: .l2, area: "network", among: loads) == nil)
        #expect(AutoAssigner.choose(tier: .l3, area: nil, among: loads) == nil)
    }
}
