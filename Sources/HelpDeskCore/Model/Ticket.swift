import Foundation

/// A ticket as the core sees it: plain data, no storage concerns.
///
/// `version` is the optimistic-concurrency counter: every change made through the store
/// increments it, and a change computed from an older version is refused as a conflict.
public struct Ticket: Codable, Sendable, Equatable {
    public var id: Int64
    public var kind: TicketKind
    public var subject: String
    public var description: String
    public var requester: String
    public var organisation: String?
    public var plan: SupportPlan
    public var category: String?
    public var impact: Impact
    public var urgency: Urgency
    public var priority: Priority
    public var status: TicketStatus
    public var tier: Tier
    /// Name of the vendor or department when `tier == .external`.
    public var externalName: String?
    /// The tier an external ticket goes back to when it is sent back.
    public var returnTier: Tier?
    public var assignee: String?
    public var createdBy: String
    public var createdAt: Date
    public var updatedAt: Date
    public var firstResponseAt: Date?
    public var resolvedAt: Date?
    public var closedAt: Date?
    public var escalationCount: Int
    public var firstContactResolution: Bool
    public var csat: Int?
    public var version: Int

    public init(
        id: Int64 = 0, kind: TicketKind = .incident, subject: String, description: String = "",
        requester: String, organisation: String? = nil, plan: SupportPlan = .basic,
        category: String? = nil, impact: Impact = .medium, urgency: Urgency = .medium,
        priority: Priority? = nil, status: TicketStatus = .new, tier: Tier = .l1,
        externalName: String? = nil, returnTier: Tier? = nil, assignee: String? = nil,
        createdBy: String, createdAt: Date, updatedAt: Date? = nil, firstResponseAt: Date? = nil,
        resolvedAt: Date? = nil, closedAt: Date? = nil, escalationCount: Int = 0,
        firstContactResolution: Bool = false, csat: Int? = nil, version: Int = 1
    ) {
        self.id = id
        self.kind = kind
        self.subject = subject
        self.description = description
        self.requester = requester
        self.organisation = organisation
        self.plan = plan
        self.category = category
        self.impact = impact
        self.urgency = urgency
        self.priority = priority ?? PriorityMatrix.standard.priority(impact: impact, urgency: urgency)
        self.status = status
        self.tier = tier
        self.externalName = externalName
        self.returnTier = returnTier
        self.assignee = assignee
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.firstResponseAt = firstResponseAt
        self.resolvedAt = resolvedAt
        self.closedAt = closedAt
        self.escalationCount = escalationCount
        self.firstContactResolution = firstContactResolution
        self.csat = csat
        self.version = version
    }
}
