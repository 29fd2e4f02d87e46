import Foundation

/// Which tickets a list shows. Every field narrows the result; nil means "any".
public struct TicketQuery: Sendable, Equatable {
    public enum Assignment: Sendable, Equatable {
        case any
        case unassigned
        case agent(String)
    }

    public var tiers: Set<Tier>?
    public var statuses: Set<TicketStatus>?
    public var assignment: Assignment
    public var requester: String?
    public var category: String?
    /// Free text matched accent- and case-insensitively against subject and description.
    public var text: String?
    public var limit: Int
    /// Keyset cursor: the last row of the previous page; the next page starts after it.
    public var after: TicketCursor?
    /// The order of the rows (and so the meaning of `after`).
    public var order: TicketOrder = .urgency
    /// Only tickets at risk or breached at an instant (the dashboard's SLA counters and
    /// their drill-down lists, which must agree).
    public var sla: SLAListFilter?

    public init(
        tiers: Set<Tier>? = nil, statuses: Set<TicketStatus>? = nil, assignment: Assignment = .any,
        requester: String? = nil, category: String? = nil, text: String? = nil, limit: Int = 50,
        after: TicketCursor? = nil
    ) {
        self.tiers = tiers
        self.statuses = statuses
        self.assignment = assignment
        self.requester = requester
        self.category = category
        self.text = text
        self.limit = limit
        self.after = after
    }

    /// Whether `other` lists the same tickets in the same order, ignoring the instant of an
    /// SLA filter and the paging: a list re-read later is the same list, not a new one.
    public func isSameList(as other: TicketQuery) -> Bool {
        var a = self, b = other
        a.after = nil; b.after = nil
        a.limit = 0; b.limit = 0
        if let instant = b.sla?.asOf { a.sla?.asOf = instant }
        return a == b
    }

    /// Tickets still needing work (new, open, pending).
    public static let activeStatuses: Set<TicketStatus> = Set(TicketStatus.allCases.filter(\.isActive))
}

/// Open tickets whose SLA is in one state at `asOf`, as the store's `ticket_sla` rows say
/// (refreshed with every change and by `sla run`, with the instants at which each ticket turns
/// at risk and breached, so the filter moves with the clock between refreshes).
public struct SLAListFilter: Sendable, Equatable {
    public enum State: String, Sendable, Equatable, CaseIterable {
        /// Some timer at risk, none breached.
        case atRisk = "at_risk"
        /// Some timer breached, running or stopped late.
        case breached
    }

    public var state: State
    public var asOf: Date

    public init(_ state: State, asOf: Date) {
        self.state = state
        self.asOf = asOf
    }
}

/// How a ticket list is sorted. Both orders are total (the id breaks ties), so keyset paging
/// with ``TicketCursor`` never skips or repeats a row.
public enum TicketOrder: String, Sendable, Equatable, CaseIterable {
    /// Open work before finished work, then priority, then oldest first.
    case urgency
    /// Most recently created first.
    case newest
}

/// Position in the "most urgent first" order: open work before finished work, then
/// priority, then oldest first, then id.
public struct TicketCursor: Sendable, Equatable, Hashable {
    public var done: Bool
    public var priority: Priority
    public var createdAt: Date
    public var id: Int64

    public init(done: Bool, priority: Priority, createdAt: Date, id: Int64) {
        self.done = done
        self.priority = priority
        self.createdAt = createdAt
        self.id = id
    }

    public init(_ ticket: Ticket) {
        self.init(done: !ticket.status.isActive, priority: ticket.priority, createdAt: ticket.createdAt, id: ticket.id)
    }
}
