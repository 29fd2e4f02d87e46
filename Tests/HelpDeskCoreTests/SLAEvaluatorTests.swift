import Foundation
import Testing
@testable import HelpDeskCore

@Suite("SLA evaluator: automatic flags and escalation, each exactly once")
struct SLAEvaluatorTests {
    let clock = SLAClock()

    /// Runs the evaluator the way `helpdesk sla run` does: evaluate, append, apply the escalation.
    func run(_ t: inout Ticket, _ history: inout [TicketEvent], at now: Date) throws -> SLAEvaluation {
        let result = SLAEvaluator.evaluate(t, history: history, clock: clock, now: now)
        history += result.events
        if let escalation = result.escalation {
            let outcome = try Workflow.apply(.escalate(escalation), to: t, history: history, by: SLAEvaluator.agent, now: now)
            t = outcome.ticket
            history += outcome.events
        }
        return result
    }

    @Test("an at-risk timer is flagged once, with the timer's name as the reason")
    func atRiskOnce() throws {
        var t = ticket(.p2, .advanced, created: madrid("2026-03-02 10:00"))
        var history: [TicketEvent] = []
        let first = try run(&t, &history, at: madrid("2026-03-02 10:50"))
        #expect(first.events.map(\.type) == [.slaAtRisk])
        #expect(first.events.first?.reason == "first_response")
        #expect(first.events.first?.actor == "sla")
        let again = try run(&t, &history, at: madrid("2026-03-02 10:55"))
        #expect(again.isEmpty)
    }

    @Test("a breach is flagged once; going straight from ok to breached skips the at-risk flag")
    func breachOnce() throws {
        var t = ticket(.p2, .advanced, created: madrid("2026-03-02 10:00"))
        var history: [TicketEvent] = []
        let first = try run(&t, &history, at: madrid("2026-03-02 11:30"))
        #expect(first.events.map(\.type) == [.slaBreached])
        #expect(first.events.map(\.reason) == ["first_response"])
        #expect(try run(&t, &history, at: madrid("2026-03-02 11:31")).isEmpty)
        #expect(try run(&t, &history, at: madrid("2026-03-02 11:32")).isEmpty)
    }

    @Test("every next-update cycle may be breached once")
    func nextUpdateCycles() throws {
        var t = ticket(.p2, .advanced, created: madrid("2026-03-02 09:00"), status: .open)
        var history = [reply("2026-03-02 09:10")]
        let first = try run(&t, &history, at: madrid("2026-03-02 11:30"))
        #expect(first.events.map(\.reason) == ["next_update"])
        history.append(reply("2026-03-02 11:40"))
        #expect(try run(&t, &history, at: madrid("2026-03-02 12:00")).isEmpty)
        let second = try run(&t, &history, at: madrid("2026-03-02 16:45"))
        let updates = second.events.filter { $0.reason == "next_update" }
        #expect(updates.map(\.type) == [.slaBreached])
        // Meanwhile the resolution timer (6:45 of 8h used) reached its own at-risk point.
        #expect(second.events.filter { $0.reason == "resolution" }.map(\.type) == [.slaAtRisk])
    }

    @Test("a resolution breach escalates once to the next tier when the policy says so")
    func autoEscalation() throws {
        // P1 advanced: 24x7, resolution 4h, auto-escalate.
        var t = ticket(.p1, .advanced, created: madrid("2026-03-07 20:00"), status: .open)
        t.assignee = "ana"
        var history = [reply("2026-03-07 20:05")]
        let result = try run(&t, &history, at: madrid("2026-03-08 00:30"))
        #expect(result.escalation?.target == .tier(.l2))
        #expect(t.tier == .l2)
        #expect(history.last?.type == .escalated)
        #expect(history.last?.actor == "sla")
        #expect(try run(&t, &history, at: madrid("2026-03-08 01:00")).escalation == nil)
        #expect(try run(&t, &history, at: madrid("2026-03-08 09:00")).isEmpty)
    }

    @Test("no automatic escalation without the policy, at the top tier, or after resolution", arguments: [
        (Priority.p3, Tier.l1, TicketStatus.open),
        (Priority.p1, Tier.l3, TicketStatus.open),
        (Priority.p1, Tier.l1, TicketStatus.resolved),
    ])
    func noEscalation(priority: Priority, tier: Tier, status: TicketStatus) throws {
        let t = ticket(priority, .advanced, created: madrid("2026-03-02 09:00"), status: status, tier: tier)
        let history = status == .resolved ? [resolved("2026-03-20 09:00")] : []
        let now = madrid("2026-03-25 09:00")
        let sla = clock.evaluate(t, history: history, now: now)
        #expect(sla.resolution.state == .breached)
        let result = SLAEvaluator.evaluate(t, history: history, sla: sla, policy: clock.policies.policy(for: t), now: now)
        #expect(result.escalation == nil)
    }

    @Test("the dedupe key names ticket, flag, timer and cycle")
    func dedupeKey() {
        let t = ticket(.p2, .advanced, created: madrid("2026-03-02 10:00"))
        let sla = clock.evaluate(t, history: [], now: madrid("2026-03-02 10:50"))
        let key = SLAEvaluator.dedupeKey(ticketID: 7, type: .slaAtRisk, timer: sla.firstResponse)
        #expect(key == "7:sla_at_risk:first_response:\(Int64(madrid("2026-03-02 10:00").timeIntervalSince1970))")
    }
}
