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

    /// Tickets still needing work (new, open, pending).
    public static let activeStatuses: Set<TicketStatus> = Set(TicketStatus.allCases.filter(\.isActive))
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
