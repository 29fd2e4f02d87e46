import Foundation
import HelpDeskCore

/// What one `sla run` did, for its output and for tests.
public struct SLARunResult: Sendable, Equatable, Codable {
    /// Open tickets that had no `ticket_sla` row yet (older files, bulk imports) and got one.
    public var backfilled = 0
    /// Tickets whose timers were due for a look.
    public var examined = 0
    /// Every action taken, in order.
    public var actions: [SLARunAction] = []

    public init() {}

    public var flaggedAtRisk: Int { actions.filter { $0.kind == .atRisk }.count }
    public var flaggedBreached: Int { actions.filter { $0.kind == .breached }.count }
    public var escalated: Int { actions.filter { $0.kind == .escalated }.count }

    enum CodingKeys: String, CodingKey {
        case backfilled, examined, actions
    }
}

/// One automatic action on one ticket.
public struct SLARunAction: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case atRisk = "sla_at_risk"
        case breached = "sla_breached"
        case escalated
        /// An escalation the workflow refused; recorded once, not retried every run.
        case escalationRefused = "escalation_refused"
    }

    public var ticketID: Int64
    public var kind: Kind
    /// The timer concerned (`first_response`, `next_update`, `resolution`).
    public var timer: String?
    /// The tier the ticket went to, for escalations.
    public var toTier: Tier?
    /// Who received an escalated ticket (nil: left unassigned, nobody eligible on shift).
    public var assignee: String?
    public var message: String

    enum CodingKeys: String, CodingKey {
        case ticketID = "ticket_id", kind, timer, toTier = "to_tier", assignee, message
    }
}
