import Foundation
import GRDB
import HelpDeskCore

/// Keeps the `ticket_sla` row of a ticket equal to what `SLAClock` says about it.
///
/// Called inside the same transaction as every change to a ticket (so the row can never
/// disagree with a committed ticket) and by `sla run`. Besides the timers it stores two
/// instants computed from the calendar, so that nobody has to replay histories to know
/// which tickets matter: `alert_from` and `breach_at` (when the ticket becomes at risk and
/// breached if nothing changes) and `next_check_at` (when `sla run` must look at it again).
enum TicketSLAIndex {
    /// Loads the ticket and its history, then refreshes its row. A missing ticket is ignored.
    @discardableResult
    static func refresh(ticketID: Int64, _ db: Database, policies: SLAPolicySet, now: Date) throws -> TicketSLA? {
        guard let ticket = try ticket(ticketID, db) else { return nil }
        return try refresh(ticket, history: history(of: ticketID, db), db, policies: policies, now: now)
    }

    // Cached statements: `sla run` and bulk refreshes read thousands of tickets, and preparing
    // (and authorizing) each statement anew cost more than the SLA clock itself.

    static func ticket(_ id: Int64, _ db: Database) throws -> Ticket? {
        try Ticket.fetchOne(db.cachedStatement(sql: "SELECT * FROM tickets WHERE id = ?"), arguments: [id])
    }

    static func history(of ticketID: Int64, _ db: Database) throws -> [TicketEvent] {
        try TicketEvent.fetchAll(db.cachedStatement(sql: "SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id"), arguments: [ticketID])
    }

    /// Computes the timers of `ticket` with its full `history` and writes its row.
    @discardableResult
    static func refresh(_ ticket: Ticket, history: [TicketEvent], _ db: Database, policies: SLAPolicySet, now: Date) throws -> TicketSLA {
        let (sla, entry) = entry(ticket, history: history, policies: policies, now: now)
        try db.cachedStatement(sql: upsertSQL).execute(arguments: entry.arguments)
        return sla
    }

    /// One `ticket_sla` row, in the order of `columns`.
    struct Entry: Equatable {
        var ticketID: Int64
        var timer: SLATimerKind
        var state: SLATimerState
        var due: Date?
        var firstResponseDue: Date?
        var nextUpdateDue: Date?
        var resolutionDue: Date?
        var breached: Bool
        var atRisk: Bool
        var paused: Bool
        var open: Bool
        var alertFrom: Date?
        var breachAt: Date?
        var nextCheckAt: Date?
        var computedAt: Date

        var arguments: StatementArguments {
            [ticketID, timer.rawValue, state.rawValue, due, firstResponseDue, nextUpdateDue, resolutionDue,
             breached, atRisk, paused, open, alertFrom, breachAt, nextCheckAt, computedAt]
        }

        /// The same values for a bulk `insert` (`RowInserter`), as GRDB would bind `arguments`.
        func encode(to rows: inout EncodedRows) {
            rows.append(ticketID)
            rows.append(timer.rawValue)
            rows.append(state.rawValue)
            rows.append(due)
            rows.append(firstResponseDue)
            rows.append(nextUpdateDue)
            rows.append(resolutionDue)
            rows.append(breached)
            rows.append(atRisk)
            rows.append(paused)
            rows.append(open)
            rows.append(alertFrom)
            rows.append(breachAt)
            rows.append(nextCheckAt)
            rows.append(computedAt as Date?)
        }
    }

    /// What `refresh` stores for `ticket` at `now`, without touching the database: the demo
    /// computes the rows of the tickets it generates with it, so they are the product's own.
    static func entry(_ ticket: Ticket, history: [TicketEvent], policies: SLAPolicySet, now: Date) -> (sla: TicketSLA, entry: Entry) {
        let clock = SLAClock(policies: policies)
        let sla = clock.evaluate(ticket, history: history, now: now)
        let policy = policies.policy(for: ticket)
        let pending = !SLAEvaluator.evaluate(ticket, history: history, sla: sla, policy: policy, now: now).isEmpty
        let open = ticket.status.isActive
        let marks = Transitions(sla, calendar: policies.calendar(for: policy), threshold: policies.atRiskThreshold, now: now)
        let breachAt = open ? (sla.isBreached ? now : marks.breach) : nil
        let atRiskAt = open ? (sla.isBreached || sla.isAtRisk ? now : marks.atRisk) : nil
        let upcoming = [marks.atRisk, marks.breach].compactMap { $0 }.min()
        let headline = sla.headline
        let entry = Entry(
            ticketID: ticket.id, timer: headline.kind, state: headline.state, due: headline.due,
            firstResponseDue: sla.firstResponse.due, nextUpdateDue: sla.nextUpdate.due, resolutionDue: sla.resolution.due,
            breached: sla.isBreached, atRisk: sla.isAtRisk, paused: sla.timers.contains { $0.state == .paused }, open: open,
            alertFrom: [atRiskAt, breachAt].compactMap { $0 }.min(), breachAt: breachAt,
            nextCheckAt: pending ? now : upcoming, computedAt: now
        )
        return (sla, entry)
    }

    /// The next instants at which a running timer changes state by itself: an `ok` timer
    /// becomes at risk when the threshold is used, any running timer breaches one business
    /// second after its target (a target reached at closing time breaches when the office
    /// reopens, not over the weekend). Paused and stopped timers only change when the ticket
    /// does, and that refreshes the row anyway.
    struct Transitions {
        var atRisk: Date?
        var breach: Date?

        init(_ sla: TicketSLA, calendar: BusinessCalendar, threshold: Double, now: Date) {
            for timer in sla.timers where timer.isOpen {
                guard let target = timer.target, timer.state == .ok || timer.state == .atRisk else { continue }
                if timer.state == .ok {
                    let risk = calendar.adding(max(0, threshold * target - timer.elapsed), to: now)
                    atRisk = min(atRisk ?? risk, risk)
                }
                let late = calendar.adding(max(0, timer.remaining) + 1, to: now)
                breach = min(breach ?? late, late)
            }
        }
    }

    static let columns = ["ticket_id", "timer", "state", "due", "first_response_due", "next_update_due", "resolution_due",
                          "breached", "at_risk", "paused", "open", "alert_from", "breach_at", "next_check_at", "computed_at"]

    /// A plain insert, for rows of tickets that have none yet (the demo's bulk load).
    static let insert = InsertSQL(into: "ticket_sla", columns: columns)

    private static let upsertSQL = insert.sql(rows: 1) + " ON CONFLICT(ticket_id) DO UPDATE SET "
        + columns.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
}
