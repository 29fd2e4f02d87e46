/// The first-contact resolution rule.
///
/// A ticket counts as resolved at first contact when it is resolved at L1, was never
/// escalated or reopened, and the resolver is the first agent who handled it: whoever first
/// took or was assigned the ticket, or, if nobody did, whoever logged it.
public enum FirstContact {
    public static func qualifies(ticket: Ticket, history: [TicketEvent], resolver: String) -> Bool {
        guard ticket.tier == .l1, ticket.escalationCount == 0 else { return false }
        if history.contains(where: { $0.type == .escalated || $0.type == .reopened }) { return false }
        return firstHandler(ticket: ticket, history: history) == resolver
    }

    public static func firstHandler(ticket: Ticket, history: [TicketEvent]) -> String {
        history.first { $0.type == .taken || $0.type == .assigned }?.assignee ?? ticket.createdBy
    }
}
