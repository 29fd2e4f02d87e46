import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

/// The demo loads tickets without their indexes and search trigger and builds them at the
/// end: the result must be the schema the migrations make, with a sound file and history.
@Suite("Demo bulk load")
struct DemoBulkLoadTests {
    static func schema(_ db: AppDatabase) throws -> [String] {
        try db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT type, name, tbl_name, sql FROM sqlite_master
                WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name
                """).map { "\($0["type"] as String) \($0["name"] as String) on \($0["tbl_name"] as String): \(($0["sql"] as String?) ?? "-")" }
        }
    }

    @Test("the bulk-loaded demo has the migrated schema and passes the integrity and audit check")
    func sameSchema() throws {
        let migrated = try Self.schema(AppDatabase.inMemory())
        let db = try AppDatabase.inMemory()
        try DemoGenerator(tickets: 1_500, seed: 3, now: DemoRealismTests.now).run(into: db)
        let loaded = try Self.schema(db)
        #expect(loaded == migrated)
        #expect(loaded.contains { $0.hasPrefix("index tickets_queue ") })
        #expect(loaded.contains { $0.hasPrefix("trigger tickets_fts_insert ") })
        #expect(try db.integrityProblems() == [])
        try db.write { db in
            // The search index matches the tickets it was rebuilt from.
            try db.execute(sql: "INSERT INTO tickets_fts(tickets_fts) VALUES ('integrity-check')")
            let tickets = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tickets") ?? 0
            #expect(tickets == 1_500)
            let subject = try String.fetchOne(db, sql: "SELECT subject FROM tickets WHERE id = 1") ?? ""
            let word = subject.components(separatedBy: " ").filter { $0.allSatisfy(\.isLetter) }.max { $0.count < $1.count } ?? ""
            let hits = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tickets_fts WHERE tickets_fts MATCH ?",
                                        arguments: ["\"\(word)\""]) ?? 0
            #expect(hits >= 1, "search for \(word)")
        }
        // New tickets after the load are indexed by the restored trigger.
        try db.write { db in
            let columns = DemoGenerator.ticketColumns
            let select = columns.map { $0 == "subject" ? "'zanahoriaúnica'" : $0 }
            try db.execute(sql: "INSERT INTO tickets (\(columns.joined(separator: ","))) SELECT \(select.joined(separator: ",")) FROM tickets WHERE id = 1")
        }
        let found = try db.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tickets_fts WHERE tickets_fts MATCH 'zanahoriaunica'") ?? 0
        }
        #expect(found == 1)
    }

    @Test("a demo into a desk that already has tickets keeps its indexes")
    func nonEmpty() throws {
        let db = try AppDatabase.inMemory()
        try DemoGenerator(tickets: 50, seed: 1, now: DemoRealismTests.now).run(into: db)
        let suspended = try db.write { db in try BulkLoad.suspendIfEmpty(db) }
        #expect(suspended == nil)
    }
}
