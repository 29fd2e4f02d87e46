import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

/// The demo builds its file under another name without a journal, then switches it to WAL and
/// renames it into place: the result must be an ordinary WAL database with the migrated schema,
/// and an unfinished build must never replace (or look like) the real file.
@Suite("Fresh database file")
struct FreshDatabaseFileTests {
    static func siblings(_ temp: TempDatabase) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: temp.folder.path).sorted()
    }

    @Test("a finished demo file is in WAL mode, has every index and trigger, searches and verifies")
    func finished() throws {
        let temp = TempDatabase()
        let file = try FreshDatabaseFile(replacing: temp.path)
        try DemoGenerator(tickets: 400, seed: 5, now: DemoRealismTests.now).run(into: file.database)
        try file.finish()
        #expect(try Self.siblings(temp) == ["desk.sqlite"])

        let db = try temp.open()
        defer { db.close() }
        let migrated = try DemoBulkLoadTests.schema(AppDatabase.inMemory())
        #expect(try DemoBulkLoadTests.schema(db) == migrated)
        #expect(try db.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try db.integrityProblems() == [])
        #expect(try db.auditHead().events > 400)
        let hits = try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM tickets_fts WHERE tickets_fts MATCH 'vpn'") } ?? 0
        #expect(hits > 0)
        let mode = try FileManager.default.attributesOfItem(atPath: temp.path)[.posixPermissions] as? Int
        #expect(mode == 0o660)
    }

    @Test("finishing replaces an older database together with its WAL, which must not be replayed into the new file")
    func replacesOlder() throws {
        let temp = TempDatabase()
        // An older desk whose last changes are still in its -wal (as if its process had died).
        let old = try temp.open()
        try old.saveAgent(Agent(login: "stale", name: "Only in the old file", role: .l1))
        let stale = try old.read { _ in try Data(contentsOf: URL(fileURLWithPath: temp.path + "-wal")) }
        old.close()
        try stale.write(to: URL(fileURLWithPath: temp.path + "-wal"))

        let file = try FreshDatabaseFile(replacing: temp.path)
        try DemoGenerator(tickets: 50, seed: 1, now: DemoRealismTests.now).run(into: file.database)
        try file.finish()
        let db = try temp.open()
        defer { db.close() }
        #expect(try db.integrityProblems() == [])
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM tickets") } == 50)
        #expect(try db.read { try Bool.fetchOne($0, sql: "SELECT EXISTS (SELECT 1 FROM agents WHERE login = 'stale')") } == false)
    }

    @Test("an abandoned build leaves the existing database as it was and no file of its own")
    func abandoned() throws {
        let temp = TempDatabase()
        let old = try temp.open()
        try People.seed(old)
        old.close()
        let before = try Self.siblings(temp)

        let file = try FreshDatabaseFile(replacing: temp.path)
        try DemoGenerator(tickets: 20, seed: 1, now: DemoRealismTests.now).run(into: file.database)
        file.abandon()
        #expect(try Self.siblings(temp) == before)
        let db = try temp.open()
        defer { db.close() }
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM agents") } == 3)
    }

    @Test("a new build deletes the build files of dead processes, and keeps those of live ones")
    func abandonedByDeadProcesses() throws {
        let temp = TempDatabase()
        // A pid far above any pid_max has no process; this test process is alive.
        let dead = temp.path + ".building-2147483000"
        let alive = temp.path + ".building-\(ProcessInfo.processInfo.processIdentifier)"
        let other = temp.path + ".building-notapid"
        for file in [dead, dead + "-journal", alive, other] {
            #expect(FileManager.default.createFile(atPath: file, contents: Data("half".utf8)))
        }
        FreshDatabaseFile.removeAbandonedBuilds(of: temp.path)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(!FileManager.default.fileExists(atPath: dead + "-journal"))
        #expect(FileManager.default.fileExists(atPath: alive))
        #expect(FileManager.default.fileExists(atPath: other))
    }
}
