import HelpDeskCore

/// The markers of a list row (UX.md): `▲` escalated into its current tier, `↩` sent back to it.
public struct TicketMarkers: Sendable, Equatable {
    public var escalatedIn = false
    public var sentBack = false

    public init(escalatedIn: Bool = false, sentBack: Bool = false) {
        self.escalatedIn = escalatedIn
        self.sentBack = sentBack
    }

    /// Markers from the ticket's history: the last tier move decides.
    public init(ticket: Ticket, history: [TicketEvent]) {
        let lastMove = history.last { $0.type == .escalated || $0.type == .deescalated }
        guard let lastMove, lastMove.toTier == ticket.tier else { return }
        escalatedIn = lastMove.type == .escalated
        sentBack = lastMove.type == .deescalated
    }

    public var text: String { (escalatedIn ? "▲" : "") + (sentBack ? "↩" : "") }
}

/// Markers of the rows on screen, cached by ticket version so a refresh only reads the
/// history of tickets that changed, and only of those that ever moved between tiers.
public struct MarkerCache: Sendable, Equatable {
    private var entries: [Int64: (version: Int, markers: TicketMarkers)] = [:]

    public init() {}

    public func markers(for ticket: Ticket) -> TicketMarkers {
        entries[ticket.id]?.markers ?? TicketMarkers()
    }

    public mutating func update(_ tickets: some Sequence<Ticket>, from repository: any HelpDeskRepository) throws {
        for ticket in tickets where ticket.escalationCount > 0 {
            if entries[ticket.id]?.version == ticket.version { continue }
            let history = try repository.events(ticketID: ticket.id)
            entries[ticket.id] = (ticket.version, TicketMarkers(ticket: ticket, history: history))
        }
    }

    public static func == (lhs: MarkerCache, rhs: MarkerCache) -> Bool {
        lhs.entries.mapValues(\.version) == rhs.entries.mapValues(\.version)
    }
}
