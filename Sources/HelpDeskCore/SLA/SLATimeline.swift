import Foundation

/// What the SLA clock needs from a ticket's history: when it ran, and when agents replied.
///
/// Rules, in the order of the history:
/// - the clock runs while the ticket is active and not pending (`TicketStatus.pausesSLA`);
/// - pending-customer and pending-vendor pause it, any other active status resumes it;
/// - resolving (or closing) stops it, reopening resumes it;
/// - escalation and de-escalation change nothing: the customer's promise follows the ticket.
/// If the history ends in a status that disagrees with the ticket (an import, a missing
/// event), the ticket wins from its `updatedAt` on.
struct SLATimeline: Equatable {
    /// A stretch of wall-clock time during which the clock ran; `end == nil` means still running.
    struct Span: Equatable {
        var start: Date
        var end: Date?
    }

    var spans: [Span] = []
    /// Public agent replies, in order.
    var replies: [Date] = []
    /// First resolution, which also counts as a first response (the workflow records it so).
    var firstResolution: Date?
    var status: TicketStatus = .new

    var isRunning: Bool { spans.last.map { $0.end == nil } ?? false }

    init(ticket: Ticket, history: [TicketEvent], now: Date) {
        let start = ticket.createdAt
        spans = [Span(start: start, end: nil)]
        // Histories come in time order (the store reads them by id); sort only one that is not.
        let inOrder = zip(history, history.dropFirst()).allSatisfy { $0.at <= $1.at }
        let events = inOrder ? history : history.enumerated()
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
            .map(\.element)
        for event in events where event.at <= now {
            let at = max(event.at, start)
            switch event.type {
            case .reply:
                replies.append(at)
                if status == .new { move(to: .open, at: at) }
            case .resolved:
                if firstResolution == nil { firstResolution = at }
                move(to: .resolved, at: at)
            case .reopened:
                move(to: .open, at: at)
            case .closed:
                move(to: .closed, at: at)
            case .escalated:
                if status == .new { move(to: .open, at: at) }
            default:
                if let to = event.toStatus { move(to: to, at: at) }
            }
        }
        if Self.runs(status) != Self.runs(ticket.status) {
            move(to: ticket.status, at: min(max(ticket.updatedAt, spans.last?.end ?? start, start), now))
        }
    }

    static func runs(_ status: TicketStatus) -> Bool { status.isActive && !status.pausesSLA }

    private mutating func move(to new: TicketStatus, at: Date) {
        let was = Self.runs(status), will = Self.runs(new)
        status = new
        if was && !will, let last = spans.indices.last {
            spans[last].end = at
        } else if !was && will {
            spans.append(Span(start: at, end: nil))
        }
    }

    /// Business seconds the clock ran within `[from, to)`.
    func elapsed(from: Date, to: Date, on calendar: BusinessCalendar) -> TimeInterval {
        spans.reduce(0) { sum, span in
            let s = max(span.start, from), e = min(span.end ?? to, to)
            return sum + calendar.businessSeconds(from: s, to: e)
        }
    }

    /// The instant at which `target` business seconds have run since `from`, following the
    /// spans; nil if the clock stopped or paused before that and has not resumed.
    func due(after target: TimeInterval, from: Date, on calendar: BusinessCalendar) -> Date? {
        var used: TimeInterval = 0
        for span in spans {
            let s = max(span.start, from)
            guard let end = span.end else { return calendar.adding(target - used, to: s) }
            guard end > s else { continue }
            let run = calendar.businessSeconds(from: s, to: end)
            if used + run >= target { return calendar.adding(target - used, to: s) }
            used += run
        }
        return nil
    }
}
