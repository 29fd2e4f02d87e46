import Foundation
import GRDB

/// Keeps helpdesk from adopting an SQLite file that belongs to another application.
///
/// Opening a file for writing migrates it and switches it to WAL: done to someone's browser
/// history or another tool's database (a mistyped `--db`), that would add a dozen tables to it
/// and change its journal mode. A file with tables but without helpdesk's first migration is
/// refused before anything is written; an empty file is a new desk.
enum ForeignFileGuard {
    /// The first migration every helpdesk database has.
    static let firstMigration = "core-v1"

    /// Throws when `db` holds tables and is not a helpdesk database.
    static func check(_ db: Database, path: String) throws {
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name
            """)
        guard !tables.isEmpty else { return }
        if tables.contains("grdb_migrations"),
           try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = ?)",
                             arguments: [firstMigration]) == true {
            return
        }
        let shown = tables.prefix(3).joined(separator: ", ") + (tables.count > 3 ? ", …" : "")
        throw StoreError.unavailable(path: path, reason: "it is not a helpdesk database (it holds other tables: \(shown)); it was left untouched")
    }

    /// Checks an existing file through a read-only connection, which changes nothing, before a
    /// pool opens it: the pool switches a file to WAL, and GRDB writes (creates and drops a
    /// table) to any WAL file that has no `-wal` yet, so checking on the open pool is too late.
    /// With no `-shm` nobody has the file open and the file alone is the database: it is read
    /// `immutable` (as `DatabaseOpener` reads snapshots), which leaves no `-wal`/`-shm` beside
    /// someone else's file; otherwise through SQLite's locks, like any reader.
    static func checkBeforeOpening(_ path: String, configuration: Configuration) throws {
        guard size(of: path) > 0 else { return }
        try peek(path, configuration: configuration) { try check($0, path: path) }
    }

    /// Reads an existing file without changing it or leaving files beside it (see above).
    static func peek<T>(_ path: String, configuration: Configuration = Configuration(), _ body: (Database) throws -> T) throws -> T {
        var config = configuration
        config.readonly = true
        let inUse = FileManager.default.fileExists(atPath: path + "-shm") || size(of: path + "-wal") > 0
        let queue = try DatabaseQueue(path: inUse ? path : DatabaseOpener.immutableURI(path), configuration: config)
        defer { try? queue.close() }
        return try queue.read(body)
    }

    static func size(of file: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
    }
}
