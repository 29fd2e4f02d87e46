import Foundation

/// The kinds of entries in a ticket's history. Raw values are the JSON `type`.
public enum TicketEventType: String, Codable, CaseIterable, Sendable {
    case created
    case reply
    case note
    case assigned
    case taken
    case statusChanged = "status_changed"
    case escalated
    case deescalated
    case kbLinked = "kb_linked"
    case kbViewed = "kb_viewed"
    case resolved
    case reopened
    case closed
    case slaAtRisk = "sla_at_risk"
    case slaBreached = "sla_breached"
}

/// One append-only entry of a ticket's history.
///
/// A flat record with optional fields rather than an enum with payloads: it maps one-to-one
/// onto a table row and a JSON object, and each type documents which fields it fills.
public struct TicketEvent: Codable, Sendable, Equatable {
    public var id: Int64?
    public var ticketID: Int64
    public var type: TicketEventType
    public var at: Date
    public var actor: String
    /// Reply or note text, resolution, coaching note.
    public var text: String?
    public var fromStatus: TicketStatus?
    public var toStatus: TicketStatus?
    public var fromTier: Tier?
    public var toTier: Tier?
    /// Vendor or department name for escalations to `external`.
    public var externalName: String?
    public var area: String?
    public var reason: String?
    public var tried: String?
    public var assignee: String?
    public var articleID: Int64?
    public var firstContact: Bool?
    public var csat: Int?

    public init(
        id: Int64? = nil, ticketID: Int64, type: TicketEventType, at: Date, actor: String,
        text: String? = nil, fromStatus: TicketStatus? = nil, toStatus: TicketStatus? = nil,
        fromTier: Tier? = nil, toTier: Tier? = nil, externalName: String? = nil, area: String? = nil,
        reason: String? = nil, tried: String? = nil, assignee: String? = nil, articleID: Int64? = nil,
        firstContact: Bool? = nil, csat: Int? = nil
    ) {
        self.id = id
        self.ticketID = ticketID
        self.type = type
        self.at = at
        self.actor = actor
        self.text = text
        self.fromStatus = fromStatus
        self.toStatus = toStatus
        self.fromTier = fromTier
        self.toTier = toTier
        self.externalName = externalName
        self.area = area
        self.reason = reason
        self.tried = tried
        self.assignee = assignee
        self.articleID = articleID
        self.firstContact = firstContact
        self.csat = csat
    }
}
