import Foundation
import GRDB
import HelpDeskCore

/// Builds a realistic demo desk: agents of every role, requesters in organisations on each
/// support plan, and tickets spread over weeks of history, tiers and statuses.
///
/// Every ticket's life is played through the core `Workflow`, so the demo history obeys the
/// same rules as real work; rows are written with prepared statements in one transaction.
public struct DemoGenerator {
    public var tickets: Int
    /// How many knowledge-base articles to publish (at most the demo's written set).
    public var articles: Int = DemoArticles.all.count
    public var seed: UInt64
    public var now: Date
    /// How far back the oldest ticket goes.
    public var days: Int = 42

    /// How many articles the demo knowledge base has.
    public static var availableArticles: Int { DemoArticles.all.count }

    public init(tickets: Int, seed: UInt64, now: Date) {
        self.tickets = tickets
        self.seed = seed
        self.now = now
    }

    /// Fills an empty database. `progress` is called with (done, total) now and then.
    public func run(into database: AppDatabase, progress: (Int, Int) -> Void = { _, _ in }) throws {
        var rng = SeededRandom(seed: seed)
        let agents = DemoContent.agents
        let requesters = makeRequesters(&rng)
        try database.write { db in
            for agent in agents { try agent.insert(db) }
            for org in DemoContent.organisations { try org.insert(db) }
            for r in requesters { try r.requester.insert(db) }
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('demo', '1'), ('demo_agent', 'ana')")
        }
        var articleIDs: [Int: [Language: Int64]] = [:]
        for entry in DemoArticles.all.prefix(articles) {
            let draft = ArticleDraft(externalID: entry.id, title: entry.title, body: entry.body, lang: entry.lang,
                                     category: entry.area, tags: entry.tags)
            let article = try database.addArticle(draft, status: .published, author: "marta", now: now.addingTimeInterval(-Double(days) * 86_400))
            articleIDs[entry.problem, default: [:]][entry.lang] = article.id
        }
        let byTier = Dictionary(grouping: agents.filter { $0.role.tier != nil }, by: { $0.role.tier! })
        // A bulk load: a large page cache keeps index pages in memory instead of spilling them
        // to the WAL on every batch.
        try database.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -262144") }
        var done = 0
        while done < tickets {
            let batch = min(20_000, tickets - done)
            try database.write { db in
                let ticketInsert = try db.makeStatement(sql: Self.ticketSQL)
                let eventInsert = try db.makeStatement(sql: EventChain.insertSQL)
                var head = try EventChain.head(db)
                // Bulk: links without the per-link checks of `ArticleLinkWriter`, counts recomputed once below.
                let linkInsert = try db.makeStatement(sql: ArticleLinkWriter.insertSQL)
                for index in 0..<batch {
                    // Tickets arrive in time order, as on a real desk: ids grow with creation time.
                    let slot = Double(tickets - done - index) / Double(max(tickets, 1))
                    let story = play(&rng, slot: slot, requesters: requesters, byTier: byTier, articles: articleIDs)
                    try ticketInsert.execute(arguments: Self.arguments(story.ticket))
                    let id = db.lastInsertedRowID
                    for var event in story.events {
                        event.ticketID = id
                        let values = EventChain.values(event)
                        head = EventChain.hash(previous: head, values: values)
                        try eventInsert.execute(arguments: StatementArguments(values + [head.databaseValue]))
                        if let articleID = event.articleID, let kind = ArticleLinkKind.forEvent(event) {
                            try linkInsert.execute(arguments: [articleID, id, kind.rawValue, event.actor, event.at])
                        }
                    }
                }
            }
            done += batch
            progress(done, tickets)
        }
        // Searches the knowledge base could not answer, for the dashboard's KB-gaps tile.
        for (index, (query, lang, agent)) in Self.gapSearches.enumerated() {
            _ = database.recordSearchGap(query: query, lang: lang, agent: agent, now: now.addingTimeInterval(-Double(index * 5_000)))
        }
        try database.write { db in
            try ArticleLinkWriter.recountUses(in: db)
            try db.execute(sql: "ANALYZE")
        }
    }

    private func makeRequesters(_ rng: inout SeededRandom) -> [RequesterProfile] {
        var result: [RequesterProfile] = []
        var seen = Set<String>()
        for i in 0..<60 {
            let first = rng.pick(DemoContent.firstNames)
            let last = rng.pick(DemoContent.lastNames)
            let org = DemoContent.organisations[i % DemoContent.organisations.count]
            let domain = org.name.lowercased().folding(options: .diacriticInsensitive, locale: nil)
                .filter { $0.isLetter } + ".example"
            var handle = (first.prefix(1) + "." + last).lowercased().folding(options: .diacriticInsensitive, locale: nil) + "@" + domain
            if seen.contains(handle) { handle = "\(i)." + handle }
            seen.insert(handle)
            result.append(RequesterProfile(
                requester: Requester(handle: handle, name: "\(first) \(last)", organisation: org.name), organisation: org))
        }
        return result
    }

    /// Zero-result searches as technicians type them (repeats aggregate into one gap).
    static let gapSearches: [(String, Language?, String)] = [
        ("firma digital", .es, "ana"), ("Firma digital caducada", .es, "jon"), ("firma digital", nil, "marta"),
        ("certificado tarjeta", .es, "ana"), ("Teams camera not detected", .en, "kate"), ("firma digital", .es, "kate"),
        ("Teams camera not detected", .en, "jon"), ("impresora 3D", .es, "marta"),
    ]

    struct Story {
        var ticket: Ticket
        var events: [TicketEvent]
    }

    /// One ticket's life, from logging to wherever the dice stop it.
    private func play(_ rng: inout SeededRandom, slot: Double, requesters: [RequesterProfile], byTier: [Tier: [Agent]],
                      articles: [Int: [Language: Int64]]) -> Story {
        let problemIndex = Int.random(in: 0..<DemoContent.problems.count, using: &rng)
        let problem = DemoContent.problems[problemIndex]
        let who = rng.pick(requesters)
        let spanish = rng.chance(0.65)
        let l1 = rng.pick(byTier[.l1]!)
        let span = Double(days * 86_400)
        let age = max(0, slot * span - Double.random(in: 0..<(span / Double(max(tickets, 1))), using: &rng))
        var clock = now.addingTimeInterval(-age)
        let impact = rng.pick(Impact.allCases)
        let urgency = rng.pick(Urgency.allCases)
        var ticket = Ticket(
            kind: problem.kind, subject: spanish ? problem.es : problem.en,
            description: spanish ? problem.detailEs : problem.detailEn,
            requester: who.requester.handle, organisation: who.organisation?.name, plan: who.plan,
            category: problem.area, impact: impact, urgency: urgency, createdBy: l1.login, createdAt: clock)
        var events = [TicketEvent(ticketID: 0, type: .created, at: clock, actor: l1.login)]
        var current = l1

        func step(_ action: TicketAction, by agent: Agent, after minutes: ClosedRange<Double>) -> Bool {
            let next = clock.addingTimeInterval(Double.random(in: minutes, using: &rng) * 60)
            guard next < now else { return false }
            guard let outcome = try? Workflow.apply(action, to: ticket, history: events, by: agent, now: next) else { return false }
            clock = next
            ticket = outcome.ticket
            events += outcome.events
            return true
        }

        // Young tickets are often still waiting in the new queue.
        if age < 4 * 3600 && rng.chance(0.5) { return Story(ticket: ticket, events: events) }
        guard step(.take, by: l1, after: 1...20) else { return Story(ticket: ticket, events: events) }
        let article = articles[problemIndex].flatMap { $0[spanish ? .es : .en] ?? $0.values.first }
        if let article, rng.chance(0.6) { _ = step(.viewArticle(article), by: l1, after: 1...5) }
        _ = step(.reply(spanish ? "Hola, estamos revisándolo." : "Hi, we are looking into it."), by: l1, after: 2...30)

        var tier = Tier.l1
        let roll = Double.random(in: 0..<1, using: &rng)
        let escalations = roll < 0.6 ? 0 : (roll < 0.85 ? 1 : (roll < 0.96 ? 2 : 3))
        for _ in 0..<escalations {
            let target: EscalationTarget = tier == .l3 ? .external(kind: "vendor", name: "Proveedor ERP") : .tier(tier.next!)
            var assignee: String?
            if case .tier(let t) = target {
                let pool = byTier[t]!.filter { $0.onShift && $0.areas.contains(problem.area) }
                assignee = pool.isEmpty ? nil : rng.pick(pool).login
            }
            let escalation = Escalation(target: target, area: problem.area,
                                        reason: spanish ? "Requiere un especialista de \(problem.area)" : "Needs a \(problem.area) specialist",
                                        tried: problem.tried, assignTo: assignee)
            guard step(.escalate(escalation), by: current, after: 10...240) else { return Story(ticket: ticket, events: events) }
            tier = target.tier
            if let assignee, let next = byTier[tier]?.first(where: { $0.login == assignee }) {
                current = next
                guard step(.take, by: current, after: 5...120) else { return Story(ticket: ticket, events: events) }
            } else if tier == .external {
                break
            } else if let anyone = byTier[tier]?.first(where: { $0.areas.contains(problem.area) }) ?? byTier[tier]?.first {
                current = anyone
                guard step(.take, by: current, after: 30...300) else { return Story(ticket: ticket, events: events) }
            }
            if tier == .l2 && rng.chance(0.12) {
                let note = spanish ? "Revisa primero el artículo de la base de conocimiento; se resuelve en L1." : "Check the KB article first; L1 can solve this."
                _ = step(.deescalate(note: note), by: current, after: 30...600)
                return Story(ticket: ticket, events: events)
            }
        }
        if rng.chance(0.12) {
            _ = step(.changeStatus(rng.chance(0.7) ? .pendingCustomer : .pendingVendor), by: current, after: 10...300)
            return Story(ticket: ticket, events: events)
        }
        if rng.chance(0.25) {
            _ = step(.note(spanish ? "Pendiente de confirmar con el usuario." : "Waiting to confirm with the user."), by: current, after: 5...60)
        }
        // The older a ticket is, the likelier it is done.
        guard rng.chance(min(0.95, age / (3 * 86_400))) else { return Story(ticket: ticket, events: events) }
        let resolver = tier == .external ? (byTier[.l3]!.first ?? current) : current
        let used = article.flatMap { rng.chance(0.5) ? $0 : nil }
        guard step(.resolve(resolution: problem.resolution, articleID: used), by: resolver, after: 10...(tier == .l1 ? 90 : 1_440)) else {
            return Story(ticket: ticket, events: events)
        }
        if rng.chance(0.7) {
            let csat = rng.chance(0.8) ? Int.random(in: 4...5, using: &rng) : Int.random(in: 1...3, using: &rng)
            _ = step(.close(csat: rng.chance(0.6) ? csat : nil), by: resolver, after: 60...2_880)
        }
        return Story(ticket: ticket, events: events)
    }

    static let ticketColumns = ["kind", "subject", "description", "requester", "organisation", "plan", "category", "impact",
                                "urgency", "priority", "status", "tier", "external_name", "return_tier", "assignee",
                                "created_by", "created_at", "updated_at", "first_response_at", "resolved_at", "closed_at",
                                "escalation_count", "first_contact_resolution", "csat", "version"]
    static let ticketSQL = "INSERT INTO tickets (\(ticketColumns.joined(separator: ","))) VALUES (\(ticketColumns.map { _ in "?" }.joined(separator: ",")))"

    static func arguments(_ t: Ticket) -> StatementArguments {
        let values: [(any DatabaseValueConvertible)?] = [
            t.kind.rawValue, t.subject, t.description, t.requester, t.organisation, t.plan.rawValue, t.category,
            t.impact.rawValue, t.urgency.rawValue, t.priority.rank, t.status.rawValue, t.tier.rawValue, t.externalName,
            t.returnTier?.rawValue, t.assignee, t.createdBy, StoredDate.string(t.createdAt), StoredDate.string(t.updatedAt),
            StoredDate.string(t.firstResponseAt), StoredDate.string(t.resolvedAt), StoredDate.string(t.closedAt), t.escalationCount, t.firstContactResolution, t.csat, t.version,
        ]
        return StatementArguments(values)
    }

}
