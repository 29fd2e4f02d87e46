import Foundation
import GRDB
import HelpDeskCore

/// Builds a realistic demo desk: agents of every role, requesters in organisations on each
/// support plan, and tickets spread over weeks of history, tiers and statuses.
///
/// Every ticket's life is played through the core `Workflow`, so the demo history obeys the
/// same rules as real work; tickets are generated and written in batches (`BatchMaker`).
/// Tickets it resolves or closes get the `ticket_sla` row the store keeps for them, computed
/// with the database's `slaPolicies` from their history, so the SLA figures of past work
/// (resolved late, first response breached) are what the desk would have recorded; the
/// caller computes the open tickets' rows at its own "now" (`refreshOpenTicketSLA`).
public struct DemoGenerator: Sendable {
    public var tickets: Int
    /// How many knowledge-base articles to publish (at most the demo's written set).
    public var articles: Int = DemoArticles.all.count
    public var seed: UInt64
    public var now: Date
    /// How far back the oldest ticket goes: six weeks, or fewer for a small demo, so that a
    /// few hundred tickets still make a floor of about seventy calls a day with a backlog to
    /// work on rather than a trickle spread over weeks.
    public var days: Int

    /// Tickets a day the demo desk receives when it has fewer than six weeks' worth.
    public static let ticketsPerDay = 70

    /// How many articles the demo knowledge base has.
    public static var availableArticles: Int { DemoArticles.all.count }

    public init(tickets: Int, seed: UInt64, now: Date) {
        self.tickets = tickets
        self.seed = seed
        self.now = now
        self.days = max(2, min(42, tickets / Self.ticketsPerDay))
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
        let cast = Cast(requesters: requesters, byTier: byTier, articles: articleIDs)
        // On a fresh desk, load tickets and events without their secondary indexes and the
        // search trigger, then build those once at the end (same SQL, same schema).
        let deferred = try database.write { db in try BulkLoad.suspendIfEmpty(db) }
        do {
            try loadTickets(into: database, rng: rng, cast: cast, progress: progress)
        } catch {
            if let deferred { try? database.write { db in try BulkLoad.restore(deferred, db) } }
            throw error
        }
        if let deferred { try database.write { db in try BulkLoad.restore(deferred, db) } }
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

}
