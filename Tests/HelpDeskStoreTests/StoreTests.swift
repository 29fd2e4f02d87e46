import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

/// A fresh on-disk database in a private folder, as the app would open it.
struct TempDatabase {
    let folder: URL
    let path: String

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hd-store-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("desk.sqlite").path
    }

    func open() throws -> AppDatabase { try AppDatabase.open(path: path) }
}

enum People {
    static let ana = Agent(login: "ana", name: "Ana", role: .l1)
    static let luis = Agent(login: "luis", name: "Luis", role: .l2, areas: ["network"])
    static let pedro = Agent(login: "pedro", name: "Pedro", role: .l2, areas: ["network"])

    static func seed(_ db: AppDatabase) throws {
        for a in [ana, luis, pedro] { try db.saveAgent(a) }
    }
}

@Suite("SQLite store")
struct StoreTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    @Test("migrations create every table on an empty file, and reopening is idempotent")
    func migrations() throws {
        let temp = TempDatabase()
        let db = try temp.open()
        let tables = try db.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name") }
        for table in ["agents", "organisations", "requesters", "tickets", "ticket_events", "meta"] {
            #expect(tables.contains(table), "missing \(table)")
        }
        let mode = try db.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        _ = try temp.open()
        #expect(try temp.open().integrityProblems().isEmpty)
    }

    @Test("a file from a newer helpdesk is refused, not modified")
    func newerSchema() throws {
        let temp = TempDatabase()
        _ = try temp.open()
        let queue = try DatabaseQueue(path: temp.path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('from-the-future')") }
        #expect(throws: StoreError.newerSchema(path: temp.path, migration: "from-the-future")) { try temp.open() }
    }

    @Test("a file that is not a database is reported as damaged")
    func notADatabase() throws {
        let temp = TempDatabase()
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: temp.path))
        #expect(throws: StoreError.self) { try temp.open() }
    }

    @Test("create, then apply actions with history; priority computed; requester remembered")
    func lifecycle() throws {
        let db = try AppDatabase.inMemory()
        try People.seed(db)
        try db.saveOrganisation(Organisation(name: "Contoso", plan: .advanced))
        try db.saveRequester(Requester(handle: "marta@contoso.example", name: "Marta", organisation: "Contoso"))
        let t = try db.createTicket(NewTicket(subject: "VPN caída", requester: "marta@contoso.example", category: "Network",
                                              impact: .high, urgency: .medium), by: People.ana, now: now)
        #expect(t.id > 0 && t.priority == .p2 && t.plan == .advanced && t.organisation == "Contoso" && t.category == "network")
        _ = try db.perform(.take, on: t.id, expectedVersion: nil, by: People.ana, now: now)
        let escalated = try db.perform(.escalate(Escalation(target: .tier(.l2), area: "network", reason: "cert", tried: "restart")),
                                       on: t.id, expectedVersion: nil, by: People.ana, now: now)
        #expect(escalated.tier == .l2 && escalated.assignee == "luis")
        let events = try db.events(ticketID: t.id)
        #expect(events.map(\.type) == [.created, .taken, .escalated])
        #expect(try db.requester(handle: "MARTA@contoso.example")?.plan == .advanced)
    }

    @Test("a change computed from an old version is refused as a conflict, and nothing is written")
    func conflict() throws {
        let db = try AppDatabase.inMemory()
        try People.seed(db)
        let t = try db.createTicket(NewTicket(subject: "Printer", requester: "x"), by: People.ana, now: now)
        _ = try db.perform(.note("first"), on: t.id, expectedVersion: t.version, by: People.ana, now: now)
        #expect(throws: StoreError.conflict(ticketID: t.id, expected: t.version, actual: t.version + 1)) {
            try db.perform(.take, on: t.id, expectedVersion: t.version, by: People.ana, now: now)
        }
        #expect(try db.ticket(id: t.id)?.assignee == nil)
        #expect(try db.events(ticketID: t.id).count == 2)
    }

    @Test("events can never be updated or deleted, even with raw SQL")
    func appendOnly() throws {
        let db = try AppDatabase.inMemory()
        try People.seed(db)
        let t = try db.createTicket(NewTicket(subject: "Printer", requester: "x"), by: People.ana, now: now)
        #expect(throws: (any Error).self) {
            try db.writer.write { try $0.execute(sql: "UPDATE ticket_events SET actor = 'mallory'") }
        }
        #expect(throws: (any Error).self) {
            try db.writer.write { try $0.execute(sql: "DELETE FROM ticket_events") }
        }
        #expect(try db.events(ticketID: t.id).first?.actor == "ana")
    }

    @Test("lists page by keyset, open work first, most urgent first")
    func keysetPaging() throws {
        let db = try AppDatabase.inMemory()
        try People.seed(db)
        for i in 0..<25 {
            let t = try db.createTicket(NewTicket(subject: "T\(i)", requester: "r", impact: i % 3 == 0 ? .high : .low, urgency: .high),
                                        by: People.ana, now: now.addingTimeInterval(Double(i)))
            if i % 5 == 0 { _ = try db.perform(.resolve(resolution: "ok", articleID: nil), on: t.id, expectedVersion: nil, by: People.ana, now: now) }
        }
        var seen: [Ticket] = []
        var query = TicketQuery(limit: 7)
        while true {
            let page = try db.tickets(matching: query)
            seen += page
            guard page.count == 7, let last = page.last else { break }
            query.after = TicketCursor(last)
        }
        #expect(seen.count == 25)
        #expect(Set(seen.map(\.id)).count == 25)
        let keys = seen.map { (!$0.status.isActive ? 1 : 0, $0.priority.rank, $0.createdAt) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(try db.countTickets(matching: TicketQuery(statuses: TicketQuery.activeStatuses)) == 20)
    }

    @Test("search ignores accents and case, and survives FTS syntax")
    func search() throws {
        let db = try AppDatabase.inMemory()
        try People.seed(db)
        _ = try db.createTicket(NewTicket(subject: "Olvidé la contraseña", requester: "r"), by: People.ana, now: now)
        _ = try db.createTicket(NewTicket(subject: "Printer jam", requester: "r"), by: People.ana, now: now)
        #expect(try db.tickets(matching: TicketQuery(text: "CONTRASENA")).count == 1)
        #expect(try db.tickets(matching: TicketQuery(text: "contr")).count == 1)
        for hostile in ["\"", "NEAR(a b", "AND(", "-x", "*", "printer OR", "subject:jam", "'; DROP TABLE tickets; --"] {
            _ = try db.tickets(matching: TicketQuery(text: hostile))
        }
        #expect(try db.tickets(matching: TicketQuery(text: "\"printer*")).count == 1)
    }
}

@Suite("Stored dates")
struct StoredDateTests {
    @Test("hand-formatted dates equal GRDB's own format, across eras and leap days")
    func matchesGRDB() {
        var rng = SystemRandomNumberGenerator()
        let fixed: [TimeInterval] = [0, -1, 951_782_400, 4_107_542_399.999, 1_790_000_000.123, -86_400 * 365.25 * 30]
        let random = (0..<500).map { _ in TimeInterval(Int64.random(in: -2_000_000_000_000...4_000_000_000_000, using: &rng)) / 1000 }
        for t in fixed + random {
            let date = Date(timeIntervalSince1970: t)
            #expect(StoredDate.string(date) == String.fromDatabaseValue(date.databaseValue), "\(t)")
        }
    }

    @Test("reading a stored date by hand gives what GRDB reads, to the millisecond, and refuses what is not one")
    func readsLikeGRDB() {
        var rng = SystemRandomNumberGenerator()
        let fixed: [TimeInterval] = [0, -1, 951_782_400, 4_107_542_399.999, 1_790_000_000.123, -86_400 * 365.25 * 30]
        let random = (0..<500).map { _ in TimeInterval(Int64.random(in: -2_000_000_000_000...4_000_000_000_000, using: &rng)) / 1000 }
        for t in fixed + random {
            let text = StoredDate.string(Date(timeIntervalSince1970: t))
            let mine = StoredDate.date(parsing: text)
            let grdb = Date.fromDatabaseValue(text.databaseValue)
            #expect(mine != nil && grdb != nil, "\(text)")
            if let mine, let grdb {
                #expect(abs(mine.timeIntervalSince1970 - grdb.timeIntervalSince1970) < 0.000_5, "\(text)")
            }
        }
        #expect(StoredDate.date(parsing: "2026-11-29 10:30:00")?.timeIntervalSince1970 == 1_795_948_200)
        #expect(StoredDate.date(parsing: "2026-11-29T10:30:00.250")?.timeIntervalSince1970 == 1_795_948_200.25)
        for bad in ["", "2026-11-29", "2026-13-01 00:00:00", "2026-11-29 24:00:00", "2026/11/29 10:30:00", "2026-11-29 10:30:00.5", "２０２６-11-29 10:30:00"] {
            #expect(StoredDate.date(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test("StoredDate.rounded is the date a stored date reads back as")
    func roundedReadsBack() {
        var rng = SystemRandomNumberGenerator()
        let fixed: [TimeInterval] = [0, -0.0004, -0.0006, -1.2345, 1_790_000_000.1234, 1_790_000_000.9996, 4_107_542_399.9994]
        let random = (0..<2_000).map { _ in Double.random(in: -2_000_000_000...4_000_000_000, using: &rng) }
        for t in fixed + random {
            let date = Date(timeIntervalSince1970: t)
            #expect(StoredDate.rounded(date) == StoredDate.date(parsing: StoredDate.string(date)), "\(t)")
        }
    }
}

@Suite("Queue query plans")
struct QueuePlanTests {
    @Test("a deep page of a tier queue walks the index in order, never sorting the queue",
          arguments: [Set<TicketStatus>?(TicketQuery.activeStatuses), Set([TicketStatus.open, .pendingCustomer]), Set([TicketStatus.closed])])
    func queuePages(statuses: Set<TicketStatus>?) throws {
        let db = try AppDatabase.inMemory()
        let cursor = TicketCursor(done: statuses?.first.map { !$0.isActive } ?? false, priority: .p3, createdAt: Date(), id: 500)
        for tiers in [Set([Tier.l1]), Set([Tier.l2])] {
            let plan = try db.queryPlan(for: TicketQuery(tiers: tiers, statuses: statuses, limit: 50, after: cursor))
            #expect(plan.contains { $0.contains("USING INDEX tickets_queue") }, "\(plan)")
            #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
        }
    }
}
