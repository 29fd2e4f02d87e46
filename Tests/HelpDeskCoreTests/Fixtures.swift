import Foundation
@testable import HelpDeskCore

/// Agents and tickets shared by the core specifications.
enum Fixture {
    static let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    static let ana = Agent(login: "ana", name: "Ana", role: .l1)
    static let jon = Agent(login: "jon", name: "Jon", role: .l1)
    static let luis = Agent(login: "luis", name: "Luis", role: .l2, areas: ["network"])
    static let pedro = Agent(login: "pedro", name: "Pedro", role: .l2, areas: ["applications"])
    static let elena = Agent(login: "elena", name: "Elena", role: .l3, areas: ["network"])
    static let sofia = Agent(login: "sofia", name: "Sofía", role: .supervisor)

    static func ticket(status: TicketStatus = .new, tier: Tier = .l1, assignee: String? = nil) -> Ticket {
        Ticket(id: 7, subject: "VPN", requester: "marta", status: status, tier: tier, assignee: assignee,
               createdBy: "ana", createdAt: t0)
    }

    static func escalation(to tier: Tier = .l2, reason: String = "cert expired", tried: String = "restarted client") -> Escalation {
        Escalation(target: .tier(tier), area: "network", reason: reason, tried: tried)
    }

    /// Plays actions in order, returning the final ticket and history (fails the test on refusal).
    static func play(_ steps: [(TicketAction, Agent)], from start: Ticket = ticket()) throws -> (Ticket, [TicketEvent]) {
        var t = start
        var history = [TicketEvent(ticketID: t.id, type: .created, at: t0, actor: t.createdBy)]
        for (i, (action, agent)) in steps.enumerated() {
            let outcome = try Workflow.apply(action, to: t, history: history, by: agent, now: t0.addingTimeInterval(Double(i + 1) * 60))
            t = outcome.ticket
            history += outcome.events
        }
        return (t, history)
    }
}
