import Foundation

/// Where one SLA timer stands.
public enum SLATimerState: String, Codable, Sendable, CaseIterable {
    /// Running, less than the at-risk threshold used.
    case ok
    /// Running, past the at-risk threshold but not the target.
    case atRisk = "at_risk"
    /// More business time used than the target, whether still running or stopped late.
    case breached
    /// The ticket waits for the customer or a vendor; the clock does not run.
    case paused
    /// Stopped within the target.
    case met
    /// The plan promises nothing here, or the timer has not started (no reply yet for next update).
    case notApplicable = "not_applicable"
}

/// One timer of one ticket at one instant. All durations are business seconds on the
/// policy's calendar.
public struct SLATimer: Sendable, Equatable, Codable {
    public var kind: SLATimerKind
    public var state: SLATimerState
    /// The promise, or nil when not applicable.
    public var target: TimeInterval?
    /// When this timer (or this update cycle) started.
    public var startedAt: Date?
    /// When the target is (or was) reached, with pauses taken into account; nil while paused
    /// before reaching it, for stopped timers that never reached it, and when not applicable.
    public var due: Date?
    public var elapsed: TimeInterval
    /// `target - elapsed`: negative once breached.
    public var remaining: TimeInterval
    /// Whether the promise is still to be kept: running or paused, not met or stopped.
    public var isOpen: Bool

    public init(kind: SLATimerKind, state: SLATimerState, target: TimeInterval?, startedAt: Date?, due: Date?,
                elapsed: TimeInterval, remaining: TimeInterval, isOpen: Bool) {
        self.kind = kind
        self.state = state
        self.target = target
        self.startedAt = startedAt
        self.due = due
        self.elapsed = elapsed
        self.remaining = remaining
        self.isOpen = isOpen
    }

    enum CodingKeys: String, CodingKey {
        case kind, state, target, startedAt = "started_at", due, elapsed, remaining, isOpen = "is_open", label
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try c.decode(SLATimerKind.self, forKey: .kind), state: try c.decode(SLATimerState.self, forKey: .state),
            target: try c.decodeIfPresent(Double.self, forKey: .target), startedAt: try c.decodeIfPresent(Date.self, forKey: .startedAt),
            due: try c.decodeIfPresent(Date.self, forKey: .due), elapsed: try c.decode(Double.self, forKey: .elapsed),
            remaining: try c.decode(Double.self, forKey: .remaining), isOpen: try c.decode(Bool.self, forKey: .isOpen)
        )
    }

    /// Seconds for durations, null for what does not apply, and the list label for scripts.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(state, forKey: .state)
        try c.encode(target, forKey: .target)
        try c.encode(startedAt, forKey: .startedAt)
        try c.encode(due, forKey: .due)
        try c.encode(elapsed, forKey: .elapsed)
        try c.encode(remaining, forKey: .remaining)
        try c.encode(isOpen, forKey: .isOpen)
        try c.encode(label, forKey: .label)
    }

    static func notApplicable(_ kind: SLATimerKind) -> SLATimer {
        SLATimer(kind: kind, state: .notApplicable, target: nil, startedAt: nil, due: nil, elapsed: 0, remaining: 0, isOpen: false)
    }

    /// The compact signed label of lists and the dashboard (see UX.md): ` 3:10` ok,
    /// `!1:05` at risk, `-0:12` breached 12 business minutes ago, `=2:40` paused, `✓` met,
    /// empty when not applicable. From a day on `2d3h`, from ten days on `41d`: at most six
    /// cells with the sign, so the lists' SLA columns never truncate it.
    public var label: String {
        switch state {
        case .ok: " " + Self.clock(remaining)
        case .atRisk: "!" + Self.clock(remaining)
        // Overdue time rounds up: a timer breached seconds ago reads `-0:01`, never `-0:00`.
        case .breached: "-" + Self.clock(-remaining, rounding: .up)
        case .paused: "=" + Self.clock(remaining)
        case .met: "✓"
        case .notApplicable: ""
        }
    }

    /// The widest ``label``, in cells: a sign and five characters (`-23:59`, `-9d23h`, `-999d`).
    public static let labelWidth = 6

    /// `h:mm` below a day, `NdNh` below ten days, `Nd` from ten days on (hours no longer
    /// matter at that distance, and the text stays five characters up to 99999 days); whole
    /// minutes, rounded down (time left) or up (time overdue).
    public static func clock(_ seconds: TimeInterval, rounding: FloatingPointRoundingRule = .down) -> String {
        let minutes = Int((max(0, seconds) / 60).rounded(rounding))
        let days = minutes / 1440
        if days >= 10 { return "\(days)d" }
        if days >= 1 { return "\(days)d\((minutes % 1440) / 60)h" }
        let m = minutes % 60
        return "\(minutes / 60):" + (m < 10 ? "0" : "") + "\(m)"
    }
}

/// The three timers of a ticket, as the lists, the dashboard and `sla run` see them.
public struct TicketSLA: Sendable, Equatable, Codable {
    public var priority: Priority
    public var plan: SupportPlan
    public var calendar: String
    public var firstResponse: SLATimer
    public var nextUpdate: SLATimer
    public var resolution: SLATimer

    enum CodingKeys: String, CodingKey {
        case priority, plan, calendar, firstResponse = "first_response", nextUpdate = "next_update", resolution
    }

    public var timers: [SLATimer] { [firstResponse, nextUpdate, resolution] }

    public func timer(_ kind: SLATimerKind) -> SLATimer {
        switch kind {
        case .firstResponse: firstResponse
        case .nextUpdate: nextUpdate
        case .resolution: resolution
        }
    }

    /// The timer a one-column list should show: the open timer with the least time left,
    /// else the resolution timer (met or breached) for closed-out tickets.
    public var headline: SLATimer {
        timers.filter(\.isOpen).min { $0.remaining < $1.remaining } ?? resolution
    }

    /// The timer that puts the ticket on the supervisor's attention list, for its countdown:
    /// the headline when it is breached or at risk (the same label as the queues' SLA column),
    /// else the most overdue timer that stopped late (a first response sent after its target
    /// keeps the ticket among the breached ones), else the headline.
    public var attention: SLATimer {
        if headline.state == .breached || headline.state == .atRisk { return headline }
        return timers.filter { $0.state == .breached }.min { $0.remaining < $1.remaining } ?? headline
    }

    /// Breached at any point (open or stopped late): what `sla_breached` counts.
    public var isBreached: Bool { timers.contains { $0.state == .breached } }
    /// Some open timer is at risk and none is breached.
    public var isAtRisk: Bool { !isBreached && timers.contains { $0.state == .atRisk } }
}
