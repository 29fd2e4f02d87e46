/// What a technician may do. Raw values are the CLI spelling.
public enum Role: String, Codable, CaseIterable, Sendable {
    case l1, l2, l3, supervisor, admin

    /// The tier whose queue this role works, or nil for roles that oversee every tier.
    public var tier: Tier? {
        switch self {
        case .l1: .l1
        case .l2: .l2
        case .l3: .l3
        case .supervisor, .admin: nil
        }
    }

    /// Supervisors and admins may act on any ticket and reassign anyone's work.
    public var oversees: Bool { tier == nil }

    /// Whether this role may work tickets currently at `ticketTier`.
    /// Specialists may help lower tiers; nobody below a tier may work it. External tickets
    /// are followed by L2, L3 and the overseers.
    public func canWork(_ ticketTier: Tier) -> Bool {
        guard let own = tier else { return true }
        if ticketTier == .external { return own >= .l2 }
        return own >= ticketTier
    }
}

/// A technician.
public struct Agent: Codable, Sendable, Equatable {
    public var login: String
    public var name: String
    public var role: Role
    /// Specialist areas such as `network`, `os`, `applications`, `security`, `access`.
    public var areas: [String]
    /// Whether the agent is on shift now; agents without a schedule count as on shift.
    public var onShift: Bool

    public init(login: String, name: String, role: Role, areas: [String] = [], onShift: Bool = true) {
        self.login = login
        self.name = name
        self.role = role
        self.areas = areas
        self.onShift = onShift
    }
}

extension Agent {
    /// The agent as it is saved: login and name trimmed and checked against ``FieldLimits``,
    /// areas trimmed, checked and lower-cased, blank ones dropped.
    public func validated() throws(ShortTextError) -> Agent {
        var agent = self
        agent.login = try FieldLimits.agentLogin.validated(login)
        agent.name = try FieldLimits.agentName.validated(name)
        agent.areas = []
        for area in areas {
            if let value = try FieldLimits.area.validated(optional: area) { agent.areas.append(value.lowercased()) }
        }
        return agent
    }

    /// Who may put `login` on or off shift: the agent themself, supervisors and admins.
    public func mayChangeShift(of login: String) -> Bool {
        self.login == login || role.oversees
    }
}
