import Foundation
import HelpDeskCore

/// One demo ticket's life, played through the core `Workflow` so the history obeys the same
/// rules as real work.
///
/// A floor on an ordinary day: almost everything older than a few days has been resolved
/// (and most of it closed), while the open backlog is mostly today's and yesterday's work,
/// so the SLA figures show a handful of tickets at risk and a few breached rather than weeks
/// of forgotten ones. Whether a ticket is still open is decided up front from its age
/// (``DemoGenerator/stillOpenChance(age:)``); a ticket meant to finish goes on through the
/// detours (waiting for the customer, sent back by L2, a vendor) to its resolution.
extension DemoGenerator {
    struct Story {
        var ticket: Ticket
        var events: [TicketEvent]
    }

    /// How likely a ticket of `age` seconds and `priority` is still open now: most of a few
    /// hours' work, little of yesterday's, almost none of last week's (a case waiting for a
    /// vendor, say). Urgent tickets are worked first, so they stay open for less time.
    static func stillOpenChance(age: TimeInterval, priority: Priority) -> Double {
        let hours = age / 3600
        let scale: Double = switch priority {
        case .p1: 2
        case .p2: 6
        case .p3: 16
        case .p4: 24
        }
        return max(0.002, 0.9 * exp(-hours / scale))
    }

    /// One ticket's life, from logging to wherever the dice stop it.
    func play(_ rng: inout SeededRandom, slot: Double, requesters: [RequesterProfile], byTier: [Tier: [Agent]],
              articles: [Int: [Language: Int64]]) -> Story {
        let problemIndex = Int.random(in: 0..<DemoContent.problems.count, using: &rng)
        let problem = DemoContent.problems[problemIndex]
        let who = rng.pick(requesters)
        let spanish = rng.chance(0.65)
        let l1 = rng.pick(byTier[.l1]!)
        let span = Double(days * 86_400)
        let age = max(0, slot * span - Double.random(in: 0..<(span / Double(max(tickets, 1))), using: &rng))
        var clock = now.addingTimeInterval(-age)
        let impact = rng.pick(Impact.allCases)
        let urgency = rng.pick(Urgency.allCases)
        let priority = PriorityMatrix.standard.priority(impact: impact, urgency: urgency)
        let stillOpen = rng.chance(Self.stillOpenChance(age: age, priority: priority))
        var ticket = Ticket(
            kind: problem.kind, subject: spanish ? problem.es : problem.en,
            description: spanish ? problem.detailEs : problem.detailEn,
            requester: who.requester.handle, organisation: who.organisation?.name, plan: who.plan,
            category: problem.area, impact: impact, urgency: urgency, createdBy: l1.login, createdAt: clock)
        var events = [TicketEvent(ticketID: 0, type: .created, at: clock, actor: l1.login)]
        // What is still open after a couple of days mostly waits for someone outside the desk.
        let parked = stillOpen && age > 2 * 86_400 && rng.chance(0.8)
        var current = l1
        func story() -> Story { Story(ticket: ticket, events: events) }

        func step(_ action: TicketAction, by agent: Agent, after minutes: ClosedRange<Double>) -> Bool {
            step(action, by: agent, at: clock.addingTimeInterval(Double.random(in: minutes, using: &rng) * 60))
        }
        func step(_ action: TicketAction, by agent: Agent, at next: Date) -> Bool {
            guard next < now, next >= clock else { return false }
            guard let outcome = try? Workflow.apply(action, to: ticket, history: events, by: agent, now: next) else { return false }
            clock = next
            ticket = outcome.ticket
            events += outcome.events
            return true
        }

        // Young open tickets are often still waiting in the new queue.
        if stillOpen && age < 4 * 3600 && rng.chance(0.5) { return story() }
        // Urgent calls are picked up and answered first (P1 first-response targets are 15 minutes).
        let pickUp: Double = priority == .p1 ? 3 : (priority == .p2 ? 10 : 20)
        guard step(.take, by: l1, after: 1...pickUp) else { return story() }
        let article = articles[problemIndex].flatMap { $0[spanish ? .es : .en] ?? $0.values.first }
        if let article, rng.chance(0.6) { _ = step(.viewArticle(article), by: l1, after: 1...3) }
        _ = step(.reply(spanish ? "Hola, estamos revisándolo." : "Hi, we are looking into it."), by: l1, after: 1...(pickUp + 10))

        var tier = Tier.l1
        let roll = Double.random(in: 0..<1, using: &rng)
        let escalations = roll < 0.6 ? 0 : (roll < 0.85 ? 1 : (roll < 0.96 ? 2 : 3))
        for _ in 0..<escalations {
            let target: EscalationTarget = tier == .l3 ? .external(kind: "vendor", name: "Proveedor ERP") : .tier(tier.next!)
            var assignee: String?
            if case .tier(let t) = target {
                let pool = byTier[t]!.filter { $0.onShift && $0.areas.contains(problem.area) }
                assignee = pool.isEmpty ? nil : rng.pick(pool).login
            }
            let escalation = Escalation(target: target, area: problem.area,
                                        reason: spanish ? "Requiere un especialista de \(problem.area)" : "Needs a \(problem.area) specialist",
                                        tried: problem.tried, assignTo: assignee)
            guard step(.escalate(escalation), by: current, after: 10...240) else { return story() }
            tier = target.tier
            if let assignee, let next = byTier[tier]?.first(where: { $0.login == assignee }) {
                current = next
                guard step(.take, by: current, after: 5...120) else { return story() }
            } else if tier == .external {
                break
            } else if let anyone = byTier[tier]?.first(where: { $0.areas.contains(problem.area) }) ?? byTier[tier]?.first {
                current = anyone
                guard step(.take, by: current, after: 30...300) else { return story() }
            }
            if tier == .l2 && rng.chance(0.12) {
                let note = spanish ? "Revisa primero el artículo de la base de conocimiento; se resuelve en L1." : "Check the KB article first; L1 can solve this."
                guard step(.deescalate(note: note), by: current, after: 30...600) else { return story() }
                // Back with whoever escalated it, who solves it at L1 after the coaching.
                if stillOpen { return story() }
                tier = .l1
                current = l1
                break
            }
        }
        if parked || rng.chance(0.12) {
            guard step(.changeStatus(rng.chance(0.7) ? .pendingCustomer : .pendingVendor), by: current, after: 10...300) else { return story() }
            if stillOpen { return story() }
            // The customer (or the vendor) answered: the clock runs again.
            guard step(.changeStatus(.open), by: current, after: 60...1_440) else { return story() }
        }
        if rng.chance(0.25) {
            _ = step(.note(spanish ? "Pendiente de confirmar con el usuario." : "Waiting to confirm with the user."), by: current, after: 5...60)
        }
        guard !stillOpen else {
            // Technicians keep their customers posted: most open tickets had an update within
            // their next-update target (wall-clock, so office-calendar ones are never late).
            if ticket.status == .open, ticket.firstResponseAt != nil, rng.chance(0.9),
               let target = SLAPolicySet.standard.policy(for: ticket).nextUpdate {
                let at = now.addingTimeInterval(-Double.random(in: 0..<target, using: &rng))
                _ = step(.reply(spanish ? "Seguimos con ello; le informamos en breve." : "Still on it; we will update you shortly."),
                         by: current, at: at)
            }
            return story()
        }
        let resolver = tier == .external ? (byTier[.l3]!.first ?? current) : current
        let used = article.flatMap { rng.chance(0.5) ? $0 : nil }
        // Resolution times follow the tier: minutes at L1, hours above.
        guard step(.resolve(resolution: problem.resolution, articleID: used), by: resolver, after: 10...(tier == .l1 ? 90 : 480)) else {
            return story()
        }
        if rng.chance(0.7) {
            let csat = rng.chance(0.8) ? Int.random(in: 4...5, using: &rng) : Int.random(in: 1...3, using: &rng)
            _ = step(.close(csat: rng.chance(0.6) ? csat : nil), by: resolver, after: 60...2_880)
        }
        return story()
    }
}
