/// Where a ticket stands in its life. Raw values are the CLI spelling.
public enum TicketStatus: String, Codable, CaseIterable, Sendable {
    case new
    case open
    case pendingCustomer = "pending-customer"
    case pendingVendor = "pending-vendor"
    case resolved
    case closed

    /// Statuses in which work is still expected (the backlog).
    public var isActive: Bool {
        switch self {
        case .new, .open, .pendingCustomer, .pendingVendor: true
        case .resolved, .closed: false
        }
    }

    /// Statuses in which the SLA clock is paused: the ball is in someone else's court.
    public var pausesSLA: Bool { self == .pendingCustomer || self == .pendingVendor }
}
