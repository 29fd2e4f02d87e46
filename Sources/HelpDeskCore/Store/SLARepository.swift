import Foundation

/// What the SLA-aware screens (queues, supervisor dashboard) need from storage, beside
/// `HelpDeskRepository`. A separate protocol so existing repositories and test doubles keep
/// compiling; the SQLite store implements both.
public protocol SLARepository: Sendable {
    /// The live SLA of each given ticket (one screenful of ids), for the SLA column of a list.
    func slaSummary(ticketIDs: [Int64], now: Date) throws -> [Int64: TicketSLA]
    /// Open tickets breached or at risk at `now`, breached (past due) first, at most `limit`.
    func atRiskAndBreached(limit: Int, now: Date) throws -> [SLAWatchItem]
    /// The supervisor metrics for `[from, to)`; backlog, workload and SLA counts as of `now`.
    func metricsReport(from: Date, to: Date, now: Date, timeZone: TimeZone, trendDays: Int) throws -> MetricsReport
}

/// A ticket on the dashboard's "needs attention" list.
public struct SLAWatchItem: Sendable, Equatable {
    public var ticket: Ticket
    /// The headline timer (the one with the least time left).
    public var timer: SLATimerKind
    /// When that timer is (or was) due.
    public var due: Date?
    /// Breached now (else at risk).
    public var isBreached: Bool

    public init(ticket: Ticket, timer: SLATimerKind, due: Date?, isBreached: Bool) {
        self.ticket = ticket
        self.timer = timer
        self.due = due
        self.isBreached = isBreached
    }
}
