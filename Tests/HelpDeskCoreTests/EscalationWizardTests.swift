import Foundation
import Testing
@testable import HelpDeskCore

@Suite("Escalation wizard state machine")
struct EscalationWizardTests {
    static let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    static let history: [TicketEvent] = [
        TicketEvent(ticketID: 7, type: .created, at: t0, actor: "ana"),
        TicketEvent(ticketID: 7, type: .kbViewed, at: t0 + 60, actor: "ana", articleID: 41),
        TicketEvent(ticketID: 7, type: .reply, at: t0 + 120, actor: "ana", text: "Please re-enter the password\nthanks"),
        TicketEvent(ticketID: 7, type: .kbViewed, at: t0 + 130, actor: "ana", articleID: 41),
        TicketEvent(ticketID: 7, type: .note, at: t0 + 180, actor: "ana", text: "client log shows cert expired"),
        TicketEvent(ticketID: 7, type: .kbLinked, at: t0 + 200, actor: "ana", articleID: 12),
        TicketEvent(ticketID: 7, type: .note, at: t0 + 210, actor: "ana", text: "   "),
    ]

    static func wizard(tier: Tier = .l1, area: String? = nil, history: [TicketEvent] = history) -> EscalationWizard {
        let items = TriedChecklist.items(from: history, articles: [41: ArticleLabel(reference: "KB-41", title: "VPN auth failed")])
        return EscalationWizard(ticketID: 7, tier: tier, area: area, areas: ["network", "os"], checklist: items)!
    }

    @Test("the checklist lists each article once, replies ticked, notes unticked, blank notes dropped")
    func checklist() {
        let items = TriedChecklist.items(from: Self.history, articles: [41: ArticleLabel(reference: "KB-41", title: "VPN auth failed")])
        #expect(items.map(\.kind) == [
            .article(id: 41, reference: "KB-41", title: "VPN auth failed"),
            .reply("Please re-enter the password\nthanks"),
            .note("client log shows cert expired"),
            .article(id: 12, reference: "KB-12", title: nil),
        ])
        #expect(items.map(\.checked) == [true, true, false, true])
        #expect(TriedChecklist.articleIDs(in: Self.history) == [41, 12])
    }

    struct TargetCase: Sendable, CustomStringConvertible {
        var tier: Tier
        var expected: [EscalationWizard.TargetOption]?
        var description: String { tier.label }
    }

    @Test("targets are the higher tiers, then vendor and department", arguments: [
        TargetCase(tier: .l1, expected: [.tier(.l2), .tier(.l3), .vendor, .department]),
        TargetCase(tier: .l2, expected: [.tier(.l3), .vendor, .department]),
        TargetCase(tier: .l3, expected: [.vendor, .department]),
        TargetCase(tier: .external, expected: nil),
    ])
    func targets(_ c: TargetCase) {
        let w = EscalationWizard(ticketID: 1, tier: c.tier, area: nil, areas: [], checklist: [])
        #expect(w?.targets == c.expected)
    }

    struct StepCase: Sendable, CustomStringConvertible {
        var name: String
        var events: [EscalationWizard.Event]
        var step: EscalationWizard.Step
        var problem: EscalationProblem.Field?
        var outcome: EscalationWizard.Outcome = .none
        var description: String { name }
    }

    static let stepCases: [StepCase] = [
        StepCase(name: "Enter on target goes to area", events: [.next], step: .area),
        StepCase(name: "area is required for an internal tier", events: [.next, .next], step: .area, problem: .area),
        StepCase(name: "blank area is still missing", events: [.next, .setArea("  "), .next], step: .area, problem: .area),
        StepCase(name: "vendor needs a name on the target step", events: [.chooseTarget(2), .next], step: .target, problem: .externalName),
        StepCase(name: "vendor with a name skips the area requirement", events: [.chooseTarget(2), .setExternalName("Acme"), .next, .next], step: .reason),
        StepCase(name: "reason is required", events: [.next, .setArea("network"), .next, .next], step: .reason, problem: .reason),
        StepCase(name: "typing clears the problem", events: [.next, .setArea("network"), .next, .next, .setReason("x")], step: .reason),
        StepCase(name: "tried passes with the pre-ticked items", events: [.next, .setArea("network"), .next, .setReason("cert"), .next, .next], step: .confirm),
        StepCase(name: "untick everything and tried is missing",
                 events: [.next, .setArea("network"), .next, .setReason("cert"), .next, .toggle(0), .toggle(1), .toggle(3), .next],
                 step: .tried, problem: .tried),
        StepCase(name: "free text alone is enough",
                 events: [.next, .setArea("network"), .next, .setReason("cert"), .next, .toggle(0), .toggle(1), .toggle(3), .setTriedText("rebooted"), .next],
                 step: .confirm),
        StepCase(name: "Esc goes back one step", events: [.next, .setArea("network"), .next, .back], step: .area),
        StepCase(name: "Esc on the first step cancels", events: [.back], step: .target, outcome: .cancelled),
        StepCase(name: "out-of-range toggles and targets are ignored", events: [.toggle(99), .chooseTarget(9)], step: .target),
    ]

    @Test("steps, validation and the step to go back to", arguments: stepCases)
    func steps(_ c: StepCase) {
        var w = Self.wizard()
        var last: EscalationWizard.Outcome = .none
        for event in c.events { last = w.send(event) }
        #expect(w.step == c.step)
        #expect(w.problem?.field == c.problem)
        if let problem = c.problem { #expect(w.problem?.step == problem.step) }
        #expect(last == c.outcome)
    }

    @Test("confirming produces the escalation with the ticked items in order and the free text")
    func confirm() {
        var w = Self.wizard()
        for event: EscalationWizard.Event in [.next, .setArea("Network"), .next, .setReason(" cert expired "), .next,
                                              .toggle(2), .setTriedText("restarted the client"), .next, .setUrgencyNote("CEO waiting")] {
            #expect(w.send(event) == .none)
        }
        #expect(w.completed == [.target, .area, .reason, .tried])
        let outcome = w.send(.next)
        let expected = Escalation(target: .tier(.l2), area: "network", reason: "cert expired",
                                  tried: "KB-41 “VPN auth failed” · Please re-enter the password · client log shows cert expired · KB-12 · restarted the client",
                                  urgencyNote: "CEO waiting")
        #expect(outcome == .confirmed(expected))
    }

    @Test("the produced escalation is accepted by the workflow")
    func workflowAccepts() throws {
        var w = Self.wizard(tier: .l2, area: "network")
        for event: EscalationWizard.Event in [.chooseTarget(1), .setExternalName("Acme Networks"), .next, .next, .setReason("firmware bug"), .next, .next] {
            _ = w.send(event)
        }
        guard case .confirmed(let escalation) = w.send(.next) else { Issue.record("not confirmed"); return }
        let ticket = Ticket(id: 7, subject: "VPN", requester: "m", tier: .l2, assignee: "luis", createdBy: "ana", createdAt: Self.t0)
        let luis = Agent(login: "luis", name: "Luis", role: .l2, areas: ["network"])
        let outcome = try Workflow.apply(.escalate(escalation), to: ticket, history: Self.history, by: luis, now: Self.t0 + 600)
        #expect(outcome.ticket.tier == .external)
        #expect(outcome.ticket.externalName == "Acme Networks")
        #expect(outcome.events.first?.tried?.hasPrefix("KB-41") == true)
    }

    @Test("a refusal from the store sends the wizard to the field's step")
    func reject() {
        var w = Self.wizard(area: "network")
        for _ in 0..<2 { _ = w.send(.next) }
        _ = w.send(.setReason("r"))
        _ = w.send(.next)
        _ = w.send(.next)
        #expect(w.step == .confirm)
        w.reject(field: "reason", message: "an escalation needs a reason")
        #expect(w.step == .reason)
        #expect(w.problem == EscalationProblem(field: .reason, message: "an escalation needs a reason"))
        #expect(!w.completed.contains(.reason))
    }

    @Test("hasInput tells whether cancelling must ask first")
    func hasInput() {
        var w = Self.wizard()
        #expect(!w.hasInput)
        _ = w.send(.toggle(2))
        #expect(w.hasInput)
        _ = w.send(.toggle(2))
        #expect(!w.hasInput)
        _ = w.send(.setReason("x"))
        #expect(w.hasInput)
    }
}

@Suite("Hand-off summary")
struct HandOffTests {
    static let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    @Test("time in the previous tier counts from creation, or from the move that brought it there; articles of that stay only")
    func summary() {
        let ticket = Ticket(id: 3, subject: "s", requester: "r", createdBy: "ana", createdAt: Self.t0)
        let first = TicketEvent(ticketID: 3, type: .escalated, at: Self.t0 + 3_780, actor: "ana", fromTier: .l1, toTier: .l2)
        let back = TicketEvent(ticketID: 3, type: .deescalated, at: Self.t0 + 7_200, actor: "luis", fromTier: .l2, toTier: .l1)
        let again = TicketEvent(ticketID: 3, type: .escalated, at: Self.t0 + 9_000, actor: "ana", fromTier: .l1, toTier: .l2)
        let history = [
            TicketEvent(ticketID: 3, type: .created, at: Self.t0, actor: "ana"),
            TicketEvent(ticketID: 3, type: .kbViewed, at: Self.t0 + 60, actor: "ana", articleID: 41),
            first, back,
            TicketEvent(ticketID: 3, type: .kbViewed, at: Self.t0 + 7_300, actor: "ana", articleID: 12),
            TicketEvent(ticketID: 3, type: .kbLinked, at: Self.t0 + 7_400, actor: "ana", articleID: 12),
            again,
        ]
        let one = HandOff(escalation: first, ticket: ticket, history: history)
        #expect(one.timeInPreviousTier == 3_780)
        #expect(one.articlesConsulted == [41])
        let two = HandOff(escalation: again, ticket: ticket, history: history)
        #expect(two.timeInPreviousTier == 1_800)
        #expect(two.articlesConsulted == [12])
        #expect(HandOff.compactDuration(one.timeInPreviousTier) == "1h03")
        #expect(HandOff.compactDuration(2_700) == "45 min")
        #expect(HandOff.compactDuration(183_600) == "2d 3h")
    }
}
