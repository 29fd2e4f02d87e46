import Foundation
import Testing
@testable import HelpDeskCore

@Suite("Escalation and de-escalation")
struct EscalationTests {
    struct Case: Sendable, CustomStringConvertible {
        var from: Tier
        var to: EscalationTarget
        var reason: String
        var tried: String
        var refusedField: String?
        var description: String { "\(from.label) → \(to.tier.label) reason:'\(reason)' tried:'\(tried)'" }
    }

    static let cases: [Case] = [
        Case(from: .l1, to: .tier(.l2), reason: "r", tried: "t"),
        Case(from: .l1, to: .tier(.l3), reason: "r", tried: "t"),
        Case(from: .l2, to: .tier(.l3), reason: "r", tried: "t"),
        Case(from: .l2, to: .external(kind: "vendor", name: "Acme"), reason: "r", tried: "t"),
        Case(from: .l1, to: .external(kind: "department", name: "Facilities"), reason: "r", tried: "t"),
        Case(from: .l2, to: .tier(.l2), reason: "r", tried: "t", refusedField: "direction"),
        Case(from: .l3, to: .tier(.l2), reason: "r", tried: "t", refusedField: "direction"),
        Case(from: .l1, to: .tier(.l2), reason: " ", tried: "t", refusedField: "reason"),
        Case(from: .l1, to: .tier(.l2), reason: "r", tried: "", refusedField: "tried"),
        Case(from: .l1, to: .external(kind: "vendor", name: " "), reason: "r", tried: "t", refusedField: "name"),
    ]

    @Test("only upward, only with a reason and what was tried", arguments: cases)
    func escalate(_ c: Case) {
        let ticket = Fixture.ticket(status: .open, tier: c.from)
        let escalation = Escalation(target: c.to, reason: c.reason, tried: c.tried)
        let result = Result { try Workflow.apply(.escalate(escalation), to: ticket, history: [], by: Fixture.sofia, now: Fixture.t0) }
        switch (result, c.refusedField) {
        case (.success(let outcome), nil):
            #expect(outcome.ticket.tier == c.to.tier)
            #expect(outcome.ticket.escalationCount == 1)
            #expect(outcome.events.first?.type == .escalated)
            #expect(outcome.events.first?.tried == c.tried)
        case (.failure(let error), "direction"):
            guard case .invalidTransition = error as? WorkflowError else { Issue.record("\(error)"); return }
        case (.failure(let error), let field?):
            #expect(error as? WorkflowError == .missingField(field: field, message: (error as! WorkflowError).description))
        case (.success, let field?):
            Issue.record("expected refusal for \(field)")
        case (.failure(let error), nil):
            Issue.record("unexpected refusal: \(error)")
        }
    }

    @Test("an escalated ticket leaves the L1 queue and lands in L2, assigned as proposed")
    func leavesLowerQueue() throws {
        var esc = Fixture.escalation()
        esc.assignTo = "luis"
        let (t, _) = try Fixture.play([(.take, Fixture.ana), (.escalate(esc), Fixture.ana)])
        #expect(t.tier == .l2 && t.assignee == "luis")
    }

    @Test("an auto-assignment can be taken by any specialist of the tier until acted on")
    func autoAssignmentIsAProposal() throws {
        var esc = Fixture.escalation()
        esc.assignTo = "luis"
        let (t, _) = try Fixture.play([(.take, Fixture.ana), (.escalate(esc), Fixture.ana), (.take, Fixture.pedro)])
        #expect(t.assignee == "pedro")
        #expect(throws: WorkflowError.self) {
            try Fixture.play([(.take, Fixture.ana), (.escalate(esc), Fixture.ana), (.take, Fixture.pedro), (.take, Fixture.luis)])
        }
    }

    @Test("sending back needs a note and returns the ticket to whoever escalated it")
    func deescalate() throws {
        let steps: [(TicketAction, Agent)] = [(.take, Fixture.ana), (.escalate(Fixture.escalation()), Fixture.ana), (.take, Fixture.luis)]
        #expect(throws: WorkflowError.missingField(field: "note", message: "sending a ticket back needs a coaching note (--note)")) {
            try Fixture.play(steps + [(.deescalate(note: "  "), Fixture.luis)])
        }
        let (t, history) = try Fixture.play(steps + [(.deescalate(note: "check the spooler first"), Fixture.luis)])
        #expect(t.tier == .l1 && t.assignee == "ana")
        #expect(history.last?.type == .deescalated && history.last?.text == "check the spooler first")
    }

    @Test("an external ticket goes back to the tier that sent it")
    func externalReturn() throws {
        let vendor = Escalation(target: .external(kind: "vendor", name: "Acme"), reason: "r", tried: "t")
        let (t, _) = try Fixture.play([
            (.escalate(Fixture.escalation()), Fixture.ana), (.take, Fixture.luis),
            (.escalate(vendor), Fixture.luis), (.deescalate(note: "vendor fixed the firmware; verify"), Fixture.luis),
        ])
        #expect(t.tier == .l2 && t.externalName == nil)
    }

    @Test("L1 cannot send back an L1 ticket")
    func nothingBelowL1() {
        #expect(throws: WorkflowError.self) {
            try Workflow.apply(.deescalate(note: "x"), to: Fixture.ticket(status: .open), history: [], by: Fixture.sofia, now: Fixture.t0)
        }
    }
}
