import HelpDeskCore

/// The rows of a ticket list that have been fetched, by keyset pages.
///
/// Rows are fetched from the top of the order as the viewport needs them (what is on screen
/// plus one page ahead) and never the whole table: a queue of 200 000 tickets costs one page
/// until the technician scrolls. A refresh (another technician changed something) re-reads only
/// as many rows as were already loaded.
public struct TicketPager: Sendable, Equatable {
    public var query: TicketQuery
    public private(set) var rows: [Ticket] = []
    /// Rows matching the query in the database (counted in SQL).
    public private(set) var total = 0
    /// True once a page came back short: there is nothing after the last row.
    public private(set) var exhausted = false
    public let pageSize: Int

    public init(query: TicketQuery, pageSize: Int = 50) {
        self.query = query
        self.pageSize = max(10, pageSize)
    }

    /// Drops the rows, for a new filter or sort.
    public mutating func reset(query: TicketQuery) {
        self.query = query
        rows = []
        total = 0
        exhausted = false
    }

    /// Makes sure rows up to `index` (exclusive) are loaded, fetching pages after the last row.
    public mutating func ensureLoaded(upTo index: Int, from repository: any HelpDeskRepository) throws {
        if rows.isEmpty && !exhausted { total = try repository.countTickets(matching: query) }
        while rows.count < index, !exhausted {
            var page = query
            page.limit = pageSize
            page.after = rows.last.map(TicketCursor.init)
            let fetched = try repository.tickets(matching: page)
            rows.append(contentsOf: fetched)
            if fetched.count < pageSize { exhausted = true }
        }
    }

    /// Re-reads the rows already loaded (at least one page) and the total.
    public mutating func refresh(from repository: any HelpDeskRepository) throws {
        let wanted = max(pageSize, rows.count)
        total = try repository.countTickets(matching: query)
        var page = query
        page.limit = wanted
        page.after = nil
        rows = try repository.tickets(matching: page)
        exhausted = rows.count < wanted
    }

    /// Updates one row in place after this process changed it, so the list answers at once.
    public mutating func replace(_ ticket: Ticket) {
        if let index = rows.firstIndex(where: { $0.id == ticket.id }) { rows[index] = ticket }
    }
}
