import Foundation

/// One ticket reduced to what the metrics need.
///
/// The store builds these (from rows, or with `init(ticket:history:sla:)`), and every metric
/// is a plain function of an array of them, so the report, the dashboard and the tests share
/// one definition of each figure and none of them needs a database.
public struct TicketFacts: Sendable, Equatable {
    public var id: Int64
    public var priority: Priority
    /// The tier that holds the ticket now; for a resolved ticket, the tier that resolved it.
    public var tier: Tier
    public var status: TicketStatus
    public var assignee: String?
    public var createdAt: Date
    public var resolvedAt: Date?
    public var firstContactResolution: Bool
    /// Tiers the ticket was escalated out of (L1 for an L1 → L2 escalation).
    public var escalatedFrom: Set<Tier>
    /// Tiers that held the ticket at some point (always includes L1, where tickets are logged).
    public var tiersVisited: Set<Tier>
    public var csat: Int?
    /// Some SLA timer was breached (now, or before the ticket was resolved).
    public var slaBreached: Bool
    /// Some open SLA timer is at risk now.
    public var slaAtRisk: Bool

    public init(
        id: Int64, priority: Priority, tier: Tier, status: TicketStatus, assignee: String? = nil,
        createdAt: Date, resolvedAt: Date? = nil, firstContactResolution: Bool = false,
        escalatedFrom: Set<Tier> = [], tiersVisited: Set<Tier>? = nil, csat: Int? = nil,
        slaBreached: Bool = false, slaAtRisk: Bool = false
    ) {
        self.id = id
        self.priority = priority
        self.tier = tier
        self.status = status
        self.assignee = assignee
        self.createdAt = createdAt
        self.resolvedAt = resolvedAt
        self.firstContactResolution = firstContactResolution
        self.escalatedFrom = escalatedFrom
        self.tiersVisited = tiersVisited ?? Set([.l1, tier]).union(escalatedFrom)
        self.csat = csat
        self.slaBreached = slaBreached
        self.slaAtRisk = slaAtRisk
    }

    /// Facts from a ticket, its history and (optionally) its SLA timers.
    public init(ticket t: Ticket, history: [TicketEvent], sla: TicketSLA? = nil) {
        let moves = history.filter { $0.type == .escalated || $0.type == .deescalated }
        self.init(
            id: t.id, priority: t.priority, tier: t.tier, status: t.status, assignee: t.assignee,
            createdAt: t.createdAt, resolvedAt: t.status.isActive ? nil : t.resolvedAt,
            firstContactResolution: t.firstContactResolution,
            escalatedFrom: Set(history.filter { $0.type == .escalated }.compactMap(\.fromTier)),
            tiersVisited: Set([.l1, t.tier]).union(moves.compactMap(\.toTier)),
            csat: t.csat, slaBreached: sla?.isBreached ?? false, slaAtRisk: sla?.isAtRisk ?? false
        )
    }

    public var isOpen: Bool { status.isActive }
    public var wasEscalated: Bool { !escalatedFrom.isEmpty }

    /// Creation to resolution in wall-clock hours, for resolved tickets.
    public var hoursToResolve: Double? {
        resolvedAt.map { $0.timeIntervalSince(createdAt) / 3600 }
    }
}
