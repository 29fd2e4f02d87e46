/// Where an escalation sends a ticket.
public enum EscalationTarget: Sendable, Equatable {
    /// A higher internal tier (L2 or L3).
    case tier(Tier)
    /// An external vendor (`"vendor"`) or another department (`"department"`), with its name.
    case external(kind: String, name: String)

    public var tier: Tier {
        switch self {
        case .tier(let tier): tier
        case .external: .external
        }
    }
}

/// Everything the next tier needs to pick a ticket up without asking again.
public struct Escalation: Sendable, Equatable {
    public var target: EscalationTarget
    public var area: String?
    public var reason: String
    public var tried: String
    public var urgencyNote: String?
    /// The specialist chosen by auto-assignment (see `AutoAssigner`), or nil to leave it unassigned.
    public var assignTo: String?

    public init(
        target: EscalationTarget, area: String? = nil, reason: String, tried: String,
        urgencyNote: String? = nil, assignTo: String? = nil
    ) {
        self.target = target
        self.area = area
        self.reason = reason
        self.tried = tried
        self.urgencyNote = urgencyNote
        self.assignTo = assignTo
    }
}

/// Every change a technician can make to an existing ticket.
public enum TicketAction: Sendable, Equatable {
    case take
    case assign(to: Agent)
    case reply(String)
    case note(String)
    case changeStatus(TicketStatus)
    case escalate(Escalation)
    case deescalate(note: String)
    case linkArticle(Int64)
    case viewArticle(Int64)
    case resolve(resolution: String?, articleID: Int64?)
    case reopen(reason: String?)
    case close(csat: Int?)

    /// A short verb for messages ("cannot take #12: …").
    public var verb: String {
        switch self {
        case .take: "take"
        case .assign: "assign"
        case .reply: "reply to"
        case .note: "add a note to"
        case .changeStatus: "change the status of"
        case .escalate: "escalate"
        case .deescalate: "send back"
        case .linkArticle: "link an article to"
        case .viewArticle: "record an article view on"
        case .resolve: "resolve"
        case .reopen: "reopen"
        case .close: "close"
        }
    }
}
