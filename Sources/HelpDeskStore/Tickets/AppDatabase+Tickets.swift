import Foundation
import GRDB
import HelpDeskCore

extension AppDatabase: HelpDeskRepository {
    /// Every change appends an event, so the newest event id moves whenever any process
    /// commits a change; reading it is a single index lookup.
    public func changeToken() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM ticket_events") ?? 0 }
    }

    public func ticket(id: Int64) throws -> Ticket? {
        try read { db in try Ticket.fetchOne(db, key: id) }
    }

    public func events(ticketID: Int64) throws -> [TicketEvent] {
        try read { db in
            try TicketEvent.fetchAll(db, sql: "SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id", arguments: [ticketID])
        }
    }

    public func tickets(matching query: TicketQuery) throws -> [Ticket] {
        let sql = TicketQuerySQL(query)
        // A cached statement: the queue queries are planned once per connection, not per page
        // (preparing them cost as much as running them; see `Benchmarks/ticket-queries`).
        return try read { db in
            try Ticket.fetchAll(db.cachedStatement(sql: sql.select), arguments: sql.arguments)
        }
    }

    public func countTickets(matching query: TicketQuery) throws -> Int {
        let sql = TicketQuerySQL(query)
        return try read { db in
            try Int.fetchOne(db.cachedStatement(sql: sql.count), arguments: sql.countArguments) ?? 0
        }
    }

    public func createTicket(_ new: NewTicket, by actor: Agent, now: Date) throws -> Ticket {
        let form: NewTicket
        do { form = try new.validated() } catch { throw StoreError.refused(error) }
        return try write { db in
            let profile = try Self.ensureRequester(db, handle: form.requester)
            var ticket = Ticket(
                kind: form.kind, subject: form.subject, description: form.description,
                requester: profile.requester.handle, organisation: profile.organisation?.name,
                plan: profile.plan, category: form.category, impact: form.impact, urgency: form.urgency,
                priority: PriorityMatrix.standard.priority(impact: form.impact, urgency: form.urgency),
                createdBy: actor.login, createdAt: now
            )
            try ticket.insert(db)
            ticket.id = db.lastInsertedRowID
            let created = TicketEvent(ticketID: ticket.id, type: .created, at: now, actor: actor.login)
            try EventChain.append([created], db)
            try TicketSLAIndex.refresh(ticket, history: [created], db, policies: slaPolicies, now: now)
            return ticket
        }
    }

    public func perform(
        _ action: TicketAction, on ticketID: Int64, expectedVersion: Int?, by actor: Agent, now: Date
    ) throws -> Ticket {
        try write { db in
            try applyAction(action, on: ticketID, expectedVersion: expectedVersion, by: actor, now: now, in: db)
        }
    }

    /// One workflow action inside the caller's write transaction: the version check, the
    /// core's `Workflow.apply`, the ticket row, its events (through `EventChain.append`), the
    /// article links they imply and the SLA row. `linkedAs` names what a `kb_linked` event
    /// means here (a suggestion, or the ticket an article was drafted from).
    func applyAction(
        _ action: TicketAction, on ticketID: Int64, expectedVersion: Int?, by actor: Agent, now: Date,
        linkedAs: ArticleLinkKind = .suggested, in db: Database
    ) throws -> Ticket {
        guard let ticket = try Ticket.fetchOne(db, key: ticketID) else {
            throw StoreError.ticketNotFound(ticketID)
        }
        if let expectedVersion, expectedVersion != ticket.version {
            throw StoreError.conflict(ticketID: ticketID, expected: expectedVersion, actual: ticket.version)
        }
        let history = try TicketEvent.fetchAll(
            db, sql: "SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id", arguments: [ticketID])
        var action = action
        if case .escalate(var escalation) = action, escalation.assignTo == nil, case .tier(let tier) = escalation.target {
            escalation.assignTo = try Self.leastLoaded(db, tier: tier, area: escalation.area ?? ticket.category)
            action = .escalate(escalation)
        }
        // A Result rather than do/catch: the typed throw caught in a method body crashes the 6.3 compiler.
        let result = Result { () throws(WorkflowError) in try Workflow.apply(action, to: ticket, history: history, by: actor, now: now) }
        guard case .success(let outcome) = result else {
            if case .failure(let error) = result { throw StoreError.refused(error) }
            fatalError("unreachable")
        }
        try db.execute(sql: "UPDATE tickets SET version = version WHERE id = ? AND version = ?",
                       arguments: [ticketID, ticket.version])
        guard db.changesCount == 1 else {
            throw StoreError.conflict(ticketID: ticketID, expected: ticket.version, actual: -1)
        }
        try outcome.ticket.update(db)
        try EventChain.append(outcome.events, db)
        try ArticleLinkWriter.record(outcome.events, linkedAs: linkedAs, in: db)
        try TicketSLAIndex.refresh(outcome.ticket, history: history + outcome.events, db, policies: slaPolicies, now: now)
        return outcome.ticket
    }

    /// The on-shift agent of `tier` covering `area` with the fewest active tickets.
    ///
    /// `done = 0` (the active statuses) makes each count a range of `tickets_assignee`
    /// (assignee, done, …): a list of statuses walked every ticket the agent ever had.
    static func leastLoaded(_ db: Database, tier: Tier, area: String?) throws -> String? {
        let rows = try Row.fetchAll(db, sql: leastLoadedSQL, arguments: [tier.rawValue])
        let loads = try rows.map { AgentLoad(agent: try Agent(row: $0), openTickets: $0["load"]) }
        return AutoAssigner.choose(tier: tier, area: area, among: loads)
    }

    /// Shared with the query-plan test: each agent's load is an index range.
    static let leastLoadedSQL = """
        SELECT a.*, (SELECT COUNT(*) FROM tickets t
                     WHERE t.assignee = a.login AND t.done = 0) AS load
        FROM agents a WHERE a.role = ? AND a.active = 1
        """
}
