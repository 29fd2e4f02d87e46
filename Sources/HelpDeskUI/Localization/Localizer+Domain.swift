import HelpDeskCore

/// Names of the core's values as the technician reads them. Raw values stay in the data and
/// the CLI; only what is shown on screen is translated.
extension Localizer {
    /// The status in a list's 12-cell column: the pending statuses abbreviated, so they are
    /// never cut to `pending cus…` (the detail and forms use ``status(_:)``).
    public func shortStatus(_ status: TicketStatus) -> String {
        switch status {
        case .pendingCustomer: self(.statusPendingCustomerShort)
        case .pendingVendor: self(.statusPendingVendorShort)
        default: self.status(status)
        }
    }

    public func status(_ status: TicketStatus) -> String {
        switch status {
        case .new: self(.statusNew)
        case .open: self(.statusOpen)
        case .pendingCustomer: self(.statusPendingCustomer)
        case .pendingVendor: self(.statusPendingVendor)
        case .resolved: self(.statusResolved)
        case .closed: self(.statusClosed)
        }
    }

    public func tier(_ tier: Tier) -> String {
        tier == .external ? self(.tierExternal) : tier.label
    }

    public func role(_ role: Role) -> String {
        switch role {
        case .l1, .l2, .l3: role.rawValue.uppercased()
        case .supervisor: self(.roleSupervisor)
        case .admin: self(.roleAdmin)
        }
    }

    public func kind(_ kind: TicketKind) -> String {
        kind == .incident ? self(.kindIncident) : self(.kindRequest)
    }

    public func level(_ raw: String) -> String {
        switch raw {
        case "low": self(.levelLow)
        case "high": self(.levelHigh)
        default: self(.levelMedium)
        }
    }

    public func slaTimer(_ kind: SLATimerKind) -> String {
        switch kind {
        case .firstResponse: self(.slaFirstResponse)
        case .nextUpdate: self(.slaNextUpdate)
        case .resolution: self(.slaResolution)
        }
    }
}
