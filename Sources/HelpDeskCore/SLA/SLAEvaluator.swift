import Foundation

/// What `helpdesk sla run` should do for one ticket now.
public struct SLAEvaluation: Sendable, Equatable {
    /// `sla_at_risk` / `sla_breached` events to append, `reason` = the timer name.
    public var events: [TicketEvent]
    /// An automatic escalation to apply through `Workflow.apply(.escalate(_), …, by: SLAEvaluator.agent)`.
    public var escalation: Escalation?

    public var isEmpty: Bool { events.isEmpty && escalation == nil }
}

/// Decides the automatic SLA actions: flag at risk, flag breach, escalate on a resolution breach.
///
/// Idempotent: an action already recorded in the history for the same timer and the same
/// cycle is never proposed again, so `sla run` can run every minute, or twice at once, and
/// the history stays one flag per timer. The store adds a unique index on `dedupeKey` so
/// two concurrent runs cannot both insert.
public enum SLAEvaluator {
    /// The actor of automatic actions. A supervisor, so that `Permissions` lets it escalate
    /// tickets that belong to someone else.
    public static let agent = Agent(login: "sla", name: "SLA engine", role: .supervisor)

    /// The actions due for `ticket` now, computing its timers with `clock`.
    public static func evaluate(_ ticket: Ticket, history: [TicketEvent], clock: SLAClock, now: Date) -> SLAEvaluation {
        evaluate(ticket, history: history, sla: clock.evaluate(ticket, history: history, now: now),
                 policy: clock.policies.policy(for: ticket), now: now)
    }

    /// The actions due for `ticket` now, from timers already computed (the dashboard has them).
    public static func evaluate(
        _ ticket: Ticket, history: [TicketEvent], sla: TicketSLA, policy: SLAPolicy, now: Date
    ) -> SLAEvaluation {
        var events: [TicketEvent] = []
        for timer in sla.timers {
            let type: TicketEventType
            switch timer.state {
            case .atRisk: type = .slaAtRisk
            case .breached: type = .slaBreached
            default: continue
            }
            guard !alreadyRecorded(type, timer: timer, in: history) else { continue }
            events.append(TicketEvent(
                ticketID: ticket.id, type: type, at: now, actor: agent.login,
                text: message(type, timer: timer, sla: sla), reason: timer.kind.rawValue
            ))
        }

        var escalation: Escalation?
        if policy.autoEscalate, sla.resolution.state == .breached, sla.resolution.isOpen,
           let next = ticket.tier.next,
           !history.contains(where: { $0.type == .escalated && $0.actor == agent.login }) {
            let target = SLADuration.format(sla.resolution.target ?? 0)
            escalation = Escalation(
                target: .tier(next), area: ticket.category,
                reason: "resolution SLA breached (\(sla.priority.rawValue) \(sla.plan.rawValue), target \(target)); escalated automatically",
                tried: "see the ticket history: escalated by the SLA engine, not by a technician"
            )
        }
        return SLAEvaluation(events: events, escalation: escalation)
    }

    /// The uniqueness key for an SLA flag: ticket, type, timer and the start of the timer's
    /// cycle (next-update cycles restart at every reply, so each cycle may be flagged once).
    public static func dedupeKey(ticketID: Int64, type: TicketEventType, timer: SLATimer) -> String {
        let cycle = timer.startedAt.map { String(Int64($0.timeIntervalSince1970)) } ?? "-"
        return "\(ticketID):\(type.rawValue):\(timer.kind.rawValue):\(cycle)"
    }

    static func alreadyRecorded(_ type: TicketEventType, timer: SLATimer, in history: [TicketEvent]) -> Bool {
        let cycleStart = timer.startedAt ?? .distantPast
        return history.contains { $0.type == type && $0.reason == timer.kind.rawValue && $0.at >= cycleStart }
    }

    static func message(_ type: TicketEventType, timer: SLATimer, sla: TicketSLA) -> String {
        let name = timer.kind.rawValue.replacingOccurrences(of: "_", with: " ")
        let target = SLADuration.format(timer.target ?? 0)
        let used = SLATimer.clock(timer.elapsed)
        switch type {
        case .slaBreached: return "\(name) target \(target) breached (\(used) used, \(sla.priority.rawValue) \(sla.plan.rawValue))"
        default: return "\(name) at risk: \(used) of \(target) used (\(sla.priority.rawValue) \(sla.plan.rawValue))"
        }
    }
}
