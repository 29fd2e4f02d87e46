/// The table of status changes a technician may make directly with "change status".
///
/// Resolving, closing and reopening have their own rules (a resolution, a CSAT, history),
/// so the table sends those through the dedicated actions; everything else is listed here.
public enum StatusTransitions {
    /// `allowed[from]` is the set of statuses reachable by a plain status change.
    public static let allowed: [TicketStatus: Set<TicketStatus>] = [
        .new: [.open, .pendingCustomer, .pendingVendor, .resolved],
        .open: [.pendingCustomer, .pendingVendor, .resolved],
        .pendingCustomer: [.open, .pendingVendor, .resolved],
        .pendingVendor: [.open, .pendingCustomer, .resolved],
        .resolved: [.closed, .open],
        .closed: [.open],
    ]

    public static func isAllowed(from: TicketStatus, to: TicketStatus) -> Bool {
        allowed[from]?.contains(to) ?? false
    }

    /// Why `from → to` is refused, as a sentence.
    public static func refusal(from: TicketStatus, to: TicketStatus) -> String {
        if from == to { return "the ticket is already \(to.rawValue)" }
        switch (from, to) {
        case (_, .new): return "a ticket cannot go back to new"
        case (_, .closed): return "only a resolved ticket can be closed (it is \(from.rawValue)); resolve it first"
        case (.closed, _): return "the ticket is closed; reopen it first"
        case (.resolved, _): return "the ticket is resolved; reopen it first"
        default: return "cannot change status from \(from.rawValue) to \(to.rawValue)"
        }
    }
}
