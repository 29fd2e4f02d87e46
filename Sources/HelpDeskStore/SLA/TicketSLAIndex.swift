import Foundation
import GRDB
import HelpDeskCore

/// Keeps the `ticket_sla` row of a ticket equal to what `SLAClock` says about it.
///
/// Called inside the same transaction as every change to a ticket (so the row can never
/// disagree with a committed ticket) and by `sla run`. Besides the timers it stores two
/// instants computed from the calendar, so that nobody has to replay histories to know
/// which tickets matter: `alert_from` (when the ticket becomes at risk if nothing changes)
/// and `next_check_at` (when `sla run` must look at it again).
enum TicketSLAIndex {
    /// Loads the ticket and its history, then refreshes its row. A missing ticket is ignored.
    @discardableResult
    static func refresh(ticketID: Int64, _ db: Database, policies: SLAPolicySet, now: Date) throws -> TicketSLA? {
        guard let ticket = try Ticket.fetchOne(db, key: ticketID) else { return nil }
        return try refresh(ticket, history: history(of: ticketID, db), db, policies: policies, now: now)
    }

    static func history(of ticketID: Int64, _ db: Database) throws -> [TicketEvent] {
        try TicketEvent.fetchAll(db, sql: "SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id", arguments: [ticketID])
    }

    /// Computes the timers of `ticket` with its full `history` and writes its row.
    @discardableResult
    static func refresh(_ ticket: Ticket, history: [TicketEvent], _ db: Database, policies: SLAPolicySet, now: Date) throws -> TicketSLA {
        let clock = SLAClock(policies: policies)
        let sla = clock.evaluate(ticket, history: history, now: now)
        let policy = policies.policy(for: ticket)
        let pending = !SLAEvaluator.evaluate(ticket, history: history, sla: sla, policy: policy, now: now).isEmpty
        let transition = nextTransition(sla, calendar: policies.calendar(for: policy), threshold: policies.atRiskThreshold, now: now)
        let open = ticket.status.isActive
        let alertFrom: Date? = open && (sla.isBreached || sla.isAtRisk) ? now : (open ? transition : nil)
        let headline = sla.headline
        try db.execute(sql: upsertSQL, arguments: [
            ticket.id, headline.kind.rawValue, headline.state.rawValue, headline.due,
            sla.firstResponse.due, sla.nextUpdate.due, sla.resolution.due,
            sla.isBreached, sla.isAtRisk, sla.timers.contains { $0.state == .paused }, open,
            alertFrom, pending ? now : transition, now,
        ])
        return sla
    }

    /// The next instant at which a running timer changes state by itself: an `ok` timer
    /// becomes at risk, an at-risk timer breaches. Paused and stopped timers only change
    /// when the ticket does, and that refreshes the row anyway.
    static func nextTransition(_ sla: TicketSLA, calendar: BusinessCalendar, threshold: Double, now: Date) -> Date? {
        sla.timers.filter(\.isOpen).compactMap { timer -> Date? in
            switch timer.state {
            case .ok:
                guard let target = timer.target else { return nil }
                return calendar.adding(max(0, threshold * target - timer.elapsed), to: now)
            case .atRisk:
                return timer.due
            default:
                return nil
            }
        }.min()
    }

    private static let upsertSQL = """
        INSERT INTO ticket_sla (ticket_id, timer, state, due, first_response_due, next_update_due, resolution_due,
                                breached, at_risk, paused, open, alert_from, next_check_at, computed_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(ticket_id) DO UPDATE SET
            timer = excluded.timer, state = excluded.state, due = excluded.due,
            first_response_due = excluded.first_response_due, next_update_due = excluded.next_update_due,
            resolution_due = excluded.resolution_due, breached = excluded.breached, at_risk = excluded.at_risk,
            paused = excluded.paused, open = excluded.open, alert_from = excluded.alert_from,
            next_check_at = excluded.next_check_at, computed_at = excluded.computed_at
        """
}
