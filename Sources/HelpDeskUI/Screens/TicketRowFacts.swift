import Foundation
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

/// What a row shows beyond the ticket's own columns: its markers and its SLA headline timer.
public struct TicketRowFacts: Sendable, Equatable {
    public var markers = TicketMarkers()
    /// The timer with the least time left (``TicketSLA/headline``), nil when not computed.
    public var sla: SLATimer? { timers?.headline }
    /// All three timers, from the same ``SLAClock`` computation as every list's SLA column.
    public var timers: TicketSLA?
    /// When the timers' labels next change with the clock alone (``SLAReading/nextChange``).
    public var nextChange: Date?
}

/// Row facts for the rows on screen only. Histories are cached by ticket version, so a
/// refresh reads the history of the tickets that changed; the SLA is recomputed from the cached
/// history whenever the screen loads, and by ``retime(_:clock:now:)`` when a countdown turns.
public struct RowFactsCache: Sendable {
    private var histories: [Int64: (version: Int, events: [TicketEvent])] = [:]
    private var facts: [Int64: TicketRowFacts] = [:]

    public init() {}

    public func facts(for ticket: Ticket) -> TicketRowFacts { facts[ticket.id] ?? TicketRowFacts() }

    public mutating func update(_ tickets: some Sequence<Ticket>, clock: SLAClock, now: Date, from repository: any HelpDeskRepository) throws {
        for ticket in tickets {
            if histories[ticket.id]?.version != ticket.version {
                histories[ticket.id] = (ticket.version, try repository.events(ticketID: ticket.id))
            }
            compute(ticket, history: histories[ticket.id]?.events ?? [], clock: clock, now: now)
        }
    }

    /// Recomputes the SLA of `tickets` at `now` from the histories already read: no repository,
    /// so countdowns move with the clock without a query. Rows never loaded are left alone.
    public mutating func retime(_ tickets: some Sequence<Ticket>, clock: SLAClock, now: Date) {
        for ticket in tickets {
            guard let cached = histories[ticket.id], cached.version == ticket.version else { continue }
            compute(ticket, history: cached.events, clock: clock, now: now)
        }
    }

    /// The earliest instant at which one of `tickets`' SLA labels changes with the clock alone.
    public func nextChange(of tickets: some Sequence<Ticket>) -> Date? {
        tickets.compactMap { facts[$0.id]?.nextChange }.min()
    }

    private mutating func compute(_ ticket: Ticket, history: [TicketEvent], clock: SLAClock, now: Date) {
        let reading = clock.reading(ticket, history: history, now: now)
        facts[ticket.id] = TicketRowFacts(markers: TicketMarkers(ticket: ticket, history: history),
                                          timers: reading.sla, nextChange: reading.nextChange)
    }
}
