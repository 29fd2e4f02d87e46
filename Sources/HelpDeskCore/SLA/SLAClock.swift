import Foundation

/// Computes a ticket's SLA timers from the ticket, its history and `now`.
///
/// Pure and cheap enough to run for every row of a list on every refresh: one pass over the
/// history, then a handful of calendar walks per timer.
public struct SLAClock: Sendable {
    public var policies: SLAPolicySet

    public init(policies: SLAPolicySet = .standard) {
        self.policies = policies
    }

    public func evaluate(_ ticket: Ticket, history: [TicketEvent], now: Date) -> TicketSLA {
        timers(ticket, history: history, now: now).sla
    }

    /// The timers, with the timeline and calendar they were computed on (for ``reading(_:history:now:)``).
    func timers(_ ticket: Ticket, history: [TicketEvent], now: Date) -> (sla: TicketSLA, timeline: SLATimeline, calendar: BusinessCalendar) {
        let policy = policies.policy(for: ticket)
        let calendar = policies.calendar(for: policy)
        let timeline = SLATimeline(ticket: ticket, history: history, now: now)
        let threshold = policies.atRiskThreshold
        let active = timeline.status.isActive

        func timer(_ kind: SLATimerKind, from start: Date?, stoppedAt stop: Date?, stopped: Bool) -> SLATimer {
            guard let target = policy.target(kind), let start else { return .notApplicable(kind) }
            let elapsed = timeline.elapsed(from: start, to: stop ?? now, on: calendar)
            let state: SLATimerState =
                if elapsed > target { .breached }
                else if stopped { .met }
                else if !timeline.isRunning { .paused }
                else if elapsed >= threshold * target { .atRisk }
                else { .ok }
            // A timer stopped within its target shows no due instant: not worth a calendar walk
            // (most timers of a closed-out ticket).
            let due = stopped && state == .met ? nil : timeline.due(after: target, from: start, on: calendar)
            return SLATimer(
                kind: kind, state: state, target: target, startedAt: start,
                due: due,
                elapsed: elapsed, remaining: target - elapsed, isOpen: !stopped
            )
        }

        // The ticket's own field covers histories without the reply (imports); ignore it if it
        // lies after `now`, as the timeline ignores later events.
        let firstResponseAt = [timeline.replies.first, timeline.firstResolution, ticket.firstResponseAt]
            .compactMap { $0 }.filter { $0 <= now }.min()
        let firstResponse = timer(.firstResponse, from: ticket.createdAt, stoppedAt: firstResponseAt,
                                  stopped: firstResponseAt != nil)
        // The next-update cycle starts at the latest reply and only matters while the ticket is active.
        let nextUpdate = active
            ? timer(.nextUpdate, from: timeline.replies.last, stoppedAt: nil, stopped: false)
            : .notApplicable(.nextUpdate)
        let resolution = timer(.resolution, from: ticket.createdAt, stoppedAt: nil, stopped: !active)

        let sla = TicketSLA(
            priority: ticket.priority, plan: ticket.plan, calendar: calendar.name,
            firstResponse: firstResponse, nextUpdate: nextUpdate, resolution: resolution
        )
        return (sla, timeline, calendar)
    }
}
