import Foundation

/// What the UI and the commands need from storage. The SQLite store implements it; the core
/// and the UI never see SQL. Every method may throw the store's own error type.
public protocol HelpDeskRepository: Sendable {
    /// Changes whenever any process commits to the database; cheap enough to poll often.
    func changeToken() throws -> Int

    func agents() throws -> [Agent]
    func agent(login: String) throws -> Agent?

    func ticket(id: Int64) throws -> Ticket?
    func events(ticketID: Int64) throws -> [TicketEvent]
    /// One page of tickets, most urgent first, paged by keyset.
    func tickets(matching query: TicketQuery) throws -> [Ticket]
    /// How many tickets match, counted in SQL.
    func countTickets(matching query: TicketQuery) throws -> Int

    func requester(handle: String) throws -> RequesterProfile?
    /// Known requesters whose handle or name starts with the prefix, for autocompletion.
    func requesters(prefix: String, limit: Int) throws -> [RequesterProfile]

    func createTicket(_ new: NewTicket, by actor: Agent, now: Date) throws -> Ticket
    /// Applies a workflow action. With `expectedVersion`, a ticket changed since by someone
    /// else is refused as a conflict instead of being overwritten.
    func perform(_ action: TicketAction, on ticketID: Int64, expectedVersion: Int?, by actor: Agent, now: Date) throws -> Ticket
}

/// A requester with the organisation and support plan that decide their SLA.
public struct RequesterProfile: Sendable, Equatable, Codable {
    public var requester: Requester
    public var organisation: Organisation?

    public init(requester: Requester, organisation: Organisation?) {
        self.requester = requester
        self.organisation = organisation
    }

    public var plan: SupportPlan { organisation?.plan ?? .basic }
}
