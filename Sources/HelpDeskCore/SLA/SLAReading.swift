import Foundation

/// A ticket's SLA timers at one instant, and when they next read differently if nothing
/// happens to the ticket. A list redraws its countdowns at that instant from the history it
/// already holds, instead of on a fixed tick: a breach shows when it happens, and no query is
/// made for a second in which no label changes.
public struct SLAReading: Sendable, Equatable {
    public var sla: TicketSLA
    /// The first instant at which some running timer's ``SLATimer/label`` reads differently
    /// from now: its countdown crosses a whole minute, reaches the at-risk threshold or passes
    /// its target. Nil when no timer runs (paused, stopped, met or not applicable): only a new
    /// event can change those labels, and the lists reload on those.
    public var nextChange: Date?

    public init(sla: TicketSLA, nextChange: Date?) {
        self.sla = sla
        self.nextChange = nextChange
    }
}

extension SLAClock {
    /// How far past a boundary ``SLAReading/nextChange`` lies. Labels turn *after* a boundary
    /// (a timer is breached once more time than its target has run, so at the due instant it
    /// still reads `!0:00`); a millisecond is far above the rounding of `Date` arithmetic and
    /// far below what a technician can see.
    public static let boundarySlack: TimeInterval = 0.001

    /// ``evaluate(_:history:now:)`` plus the instant the labels next change. Business time
    /// only runs in opening hours, so the boundary is found on the policy's calendar: a
    /// countdown frozen for the night is not redrawn until the office opens.
    public func reading(_ ticket: Ticket, history: [TicketEvent], now: Date) -> SLAReading {
        let (sla, timeline, calendar) = timers(ticket, history: history, now: now)
        guard timeline.isRunning else { return SLAReading(sla: sla, nextChange: nil) }
        let threshold = policies.atRiskThreshold
        let next = sla.timers.compactMap { $0.secondsToNextLabel(atRiskThreshold: threshold) }.min()
        return SLAReading(sla: sla, nextChange: next.map { calendar.adding($0 + Self.boundarySlack, to: now) })
    }
}

extension SLATimer {
    /// Business seconds of running clock until ``label`` next reads differently: the next
    /// whole minute of the countdown or the at-risk threshold, whichever comes first. Time
    /// left rounds down and time overdue rounds up, so a label turns just past a multiple of
    /// 60 s; the target is one of them (`!0:00` turns into `-0:01` just past it). Zero means
    /// just past now. Nil for a timer that is not counting (stopped, met, paused, not
    /// applicable); the caller knows whether the ticket's clock runs at all.
    func secondsToNextLabel(atRiskThreshold threshold: Double) -> TimeInterval? {
        guard isOpen, let target else { return nil }
        let minute: TimeInterval = 60
        switch state {
        case .ok:
            // Below the threshold by construction, so the second term is positive.
            return min(remaining.truncatingRemainder(dividingBy: minute), threshold * target - elapsed)
        case .atRisk:
            return max(0, remaining).truncatingRemainder(dividingBy: minute)
        case .breached:
            let past = (-remaining).truncatingRemainder(dividingBy: minute)
            return past == 0 ? 0 : minute - past
        case .paused, .met, .notApplicable:
            return nil
        }
    }
}
