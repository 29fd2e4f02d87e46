/// A specialist's current load, as counted by the store.
public struct AgentLoad: Sendable, Equatable {
    public var agent: Agent
    /// Active tickets assigned to the agent.
    public var openTickets: Int

    public init(agent: Agent, openTickets: Int) {
        self.agent = agent
        self.openTickets = openTickets
    }
}

/// Picks who receives an escalated ticket: the least-loaded on-shift agent of the target tier
/// who covers the area. Ties go to the login that sorts first, so the choice is reproducible.
public enum AutoAssigner {
    public static func choose(tier: Tier, area: String?, among candidates: [AgentLoad]) -> String? {
        let eligible = candidates.filter { load in
            load.agent.onShift && load.agent.role.tier == tier
        }
        let inArea: [AgentLoad]
        if let area, !area.isBlank {
            let key = area.trimmed.lowercased()
            inArea = eligible.filter { $0.agent.areas.contains { $0.lowercased() == key } }
        } else {
            inArea = eligible
        }
        return inArea.min { a, b in
            (a.openTickets, a.agent.login) < (b.openTickets, b.agent.login)
        }?.agent.login
    }
}
