import Foundation
import GRDB
import HelpDeskCore

/// The demo's tickets, generated and written in batches, on two threads.
///
/// Making a batch (playing each ticket's life, encoding its rows, hashing its events into the
/// chain, computing the SLA row of each ticket it resolved) needs nothing from the database except where the ticket ids and the chain start, so
/// tickets are numbered and hashed before they are written, on a thread of their own, and
/// writing a batch is nothing but SQLite inserting rows. Each write checks that the tables
/// still stand where the batch was numbered from, so a desk someone else writes to meanwhile
/// fails the demo instead of getting a broken chain.
extension DemoGenerator {
    /// Who the tickets are about and who works them.
    struct Cast: Sendable {
        var requesters: [RequesterProfile]
        var byTier: [Tier: [Agent]]
        /// Article ids by `DemoContent.problems` index and language.
        var articles: [Int: [Language: Int64]]
    }

    /// Tickets per batch: one write transaction each, and the progress bar's step.
    static let batchSize = 2_000

    /// One batch of tickets encoded for the four INSERTs.
    struct Batch: Sendable {
        var tickets: EncodedRows
        var events: EncodedRows
        var links = EncodedRows(columns: 5)
        /// `ticket_sla` rows of the tickets that were resolved or closed (see `BatchMaker.slaEntry`).
        var sla = EncodedRows(columns: TicketSLAIndex.columns.count)
        /// The id its first ticket gets, and the hash its first event links to.
        var firstTicketID: Int64
        var previousHead: String

        /// Room for `count` tickets and their events (about seven each, 250 bytes a row).
        init(count: Int, firstTicketID: Int64, previousHead: String) {
            tickets = EncodedRows(columns: DemoGenerator.ticketColumns.count, reservingRows: count, bytesPerRow: 200)
            events = EncodedRows(columns: EventChain.columns.count + 1, reservingRows: count * 7, bytesPerRow: 250)
            self.firstTicketID = firstTicketID
            self.previousHead = previousHead
        }
    }

    /// Plays tickets in order, a `Batch` at a time.
    struct BatchMaker: Sendable {
        let generator: DemoGenerator
        var rng: SeededRandom
        let cast: Cast
        /// The policies the SLA rows are computed with: the ones the store uses on that desk.
        let policies: SLAPolicySet
        private(set) var made = 0
        private var nextTicketID: Int64
        private var chain: EventChainEncoder

        /// `start` is where the tables stand: the next ticket id and the chain head.
        init(_ generator: DemoGenerator, rng: SeededRandom, cast: Cast, policies: SLAPolicySet,
             start: (ticketID: Int64, head: String)) {
            self.generator = generator
            self.rng = rng
            self.cast = cast
            self.policies = policies
            nextTicketID = start.ticketID
            chain = EventChainEncoder(head: start.head)
        }

        var remaining: Int { generator.tickets - made }

        mutating func make() -> Batch {
            let count = min(DemoGenerator.batchSize, remaining)
            var batch = Batch(count: count, firstTicketID: nextTicketID, previousHead: chain.headString)
            for _ in 0..<count {
                // Tickets arrive in time order, as on a real desk: ids grow with creation time.
                let slot = Double(generator.tickets - made) / Double(max(generator.tickets, 1))
                let story = generator.play(&rng, slot: slot, requesters: cast.requesters, byTier: cast.byTier,
                                           articles: cast.articles)
                DemoGenerator.encode(story.ticket, to: &batch.tickets)
                var history: [TicketEvent] = []
                history.reserveCapacity(story.events.count)
                for var event in story.events {
                    event.ticketID = nextTicketID
                    chain.append(event, to: &batch.events)
                    history.append(event)
                    // Links without the per-link checks of `ArticleLinkWriter`; counts are recomputed once at the end.
                    if let articleID = event.articleID, let kind = ArticleLinkKind.forEvent(event) {
                        batch.links.append(articleID)
                        batch.links.append(nextTicketID)
                        batch.links.append(kind.rawValue)
                        batch.links.append(event.actor)
                        batch.links.append(event.at as Date?)
                    }
                }
                if let entry = slaEntry(story.ticket, id: nextTicketID, history: history) {
                    entry.encode(to: &batch.sla)
                }
                nextTicketID += 1
                made += 1
            }
            return batch
        }

        /// The `ticket_sla` row of a ticket that is no longer active, as the store wrote it in
        /// the transaction of the ticket's last change (`TicketSLAIndex.refresh` at the instant
        /// of its last event): timers stopped at the resolution, breached or met, the row closed.
        /// Nothing later changes it but a reopening, so it is exactly what a desk that lived
        /// through these events holds. Computed from the values as they read back once stored
        /// (dates to the millisecond), so the row equals one recomputed from the database.
        ///
        /// Active tickets get none here: their timers still run, and the demo computes their rows
        /// at the desk's "now" once everything is written (`refreshOpenTicketSLA`).
        func slaEntry(_ ticket: Ticket, id: Int64, history: [TicketEvent]) -> TicketSLAIndex.Entry? {
            guard !ticket.status.isActive else { return nil }
            var stored = ticket
            stored.id = id
            stored.createdAt = StoredDate.rounded(ticket.createdAt)
            stored.updatedAt = StoredDate.rounded(ticket.updatedAt)
            stored.firstResponseAt = StoredDate.rounded(ticket.firstResponseAt)
            stored.resolvedAt = StoredDate.rounded(ticket.resolvedAt)
            stored.closedAt = StoredDate.rounded(ticket.closedAt)
            let events = history.map { event in
                var event = event
                event.at = StoredDate.rounded(event.at)
                return event
            }
            guard let lastChange = events.map(\.at).max() else { return nil }
            return TicketSLAIndex.entry(stored, history: events, policies: policies, now: lastChange).entry
        }
    }

    /// Where the next batch starts on this desk: the id the next ticket gets and the chain head.
    static func start(_ db: Database) throws -> (ticketID: Int64, head: String) {
        // AUTOINCREMENT: one past the highest id ever used (a deleted last ticket still counts).
        let last = try Int64.fetchOne(db, sql: """
            SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'tickets'), 0),
                       COALESCE((SELECT MAX(id) FROM tickets), 0))
            """) ?? 0
        return (last + 1, try EventChain.head(db))
    }

    /// Writes `batch` inside the caller's transaction.
    static func write(_ batch: Batch, _ db: Database) throws {
        let start = try start(db)
        guard start.ticketID == batch.firstTicketID, start.head == batch.previousHead else {
            throw StoreError.invalidInput("the desk changed while the demo was being written into it; run the demo on its own file")
        }
        try RowInserter(ticketInsert).insert(batch.tickets, db)
        let lastID = batch.firstTicketID + Int64(batch.tickets.count) - 1
        guard batch.tickets.count == 0 || db.lastInsertedRowID == lastID else {
            throw StoreError.invalidInput("demo tickets got ids other than #\(batch.firstTicketID)–#\(lastID)")
        }
        try RowInserter(EventChain.insert).insert(batch.events, db)
        try RowInserter(ArticleLinkWriter.insert).insert(batch.links, db)
        try RowInserter(TicketSLAIndex.insert).insert(batch.sla, db)
    }

    /// Makes batches on a second thread while this one writes them (see `HandOff`).
    func loadTickets(into database: AppDatabase, rng: SeededRandom, cast: Cast, progress: (Int, Int) -> Void) throws {
        let maker = try BatchMaker(self, rng: rng, cast: cast, policies: database.slaPolicies,
                                   start: database.read { try Self.start($0) })
        let batches = HandOff<Batch>(capacity: 2)
        let waitForProducer = HandOff.produce(into: batches) { batches in
            var maker = maker
            while maker.remaining > 0, batches.put(maker.make()) {}
        }
        defer {
            batches.cancel()
            waitForProducer()
        }
        var written = 0
        while let batch = batches.take() {
            try database.write { db in try Self.write(batch, db) }
            written += batch.tickets.count
            progress(written, tickets)
        }
    }

    static let ticketColumns = ["kind", "subject", "description", "requester", "organisation", "plan", "category", "impact",
                                "urgency", "priority", "status", "tier", "external_name", "return_tier", "assignee",
                                "created_by", "created_at", "updated_at", "first_response_at", "resolved_at", "closed_at",
                                "escalation_count", "first_contact_resolution", "csat", "version"]
    static let ticketInsert = InsertSQL(into: "tickets", columns: ticketColumns)

    /// One `ticketInsert` row, values as the store's records write them.
    static func encode(_ t: Ticket, to rows: inout EncodedRows) {
        rows.append(t.kind.rawValue)
        rows.append(t.subject)
        rows.append(t.description)
        rows.append(t.requester)
        rows.append(t.organisation)
        rows.append(t.plan.rawValue)
        rows.append(t.category)
        rows.append(t.impact.rawValue)
        rows.append(t.urgency.rawValue)
        rows.append(t.priority.rank)
        rows.append(t.status.rawValue)
        rows.append(t.tier.rawValue)
        rows.append(t.externalName)
        rows.append(t.returnTier?.rawValue)
        rows.append(t.assignee)
        rows.append(t.createdBy)
        rows.append(t.createdAt as Date?)
        rows.append(t.updatedAt as Date?)
        rows.append(t.firstResponseAt)
        rows.append(t.resolvedAt)
        rows.append(t.closedAt)
        rows.append(t.escalationCount)
        rows.append(t.firstContactResolution)
        rows.append(t.csat)
        rows.append(t.version)
    }
}
