import Foundation
import GRDB
import HelpDeskCore

/// The one owner of the SQLite connection pool and the schema.
///
/// Written against `any DatabaseWriter` so tests can use an in-memory queue while the app
/// uses a WAL `DatabasePool` shared by every technician's process.
public final class AppDatabase: Sendable {
    public let writer: any DatabaseWriter
    /// Path of the file, or ":memory:".
    public let path: String
    /// The SLA policies of this handle; see `slaPolicies`.
    let policyHolder = SLAPolicyHolder()

    /// Opens (creating and migrating if needed) the database at `path`.
    ///
    /// `busyTimeout` is how long a write waits for another technician's transaction before
    /// failing with `StoreError.locked` (the retry budget).
    public static func open(path: String, readOnly: Bool = false, busyTimeout: TimeInterval = 10) throws -> AppDatabase {
        try DatabaseOpener(path: path, busyTimeout: busyTimeout).open(readOnly: readOnly)
    }

    /// A private in-memory database with the current schema, for tests and previews.
    public static func inMemory() throws -> AppDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: config)
        return try AppDatabase(queue, path: ":memory:")
    }

    init(_ writer: any DatabaseWriter, path: String, migrate: Bool = true) throws {
        self.writer = writer
        self.path = path
        if migrate { try Self.migrator.migrate(writer) }
    }

    /// Closes the connections. The last process to close a WAL database checkpoints it and
    /// removes its `-wal` and `-shm` files, so the file alone is the whole database again (and
    /// readable by a user who may read only that file). Errors are ignored: the file is
    /// consistent either way, the WAL merely stays.
    public func close() {
        try? writer.close()
        // GRDB closes the pool's read-only connections last, and SQLite leaves the final
        // checkpoint to a read-write connection: one more, opened and closed last, does it.
        guard writer is DatabasePool, FileManager.default.isWritableFile(atPath: path) else { return }
        if let last = try? DatabaseQueue(path: path) { try? last.close() }
    }

    /// Named migrations, applied in order. Never edit one once it has shipped: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        CoreSchema.registerMigrations(&migrator)
        KnowledgeBaseSchema.registerMigrations(&migrator)
        SLASchema.registerMigrations(&migrator)
        KnowledgeBaseSchema.registerSearchStatistics(&migrator)
        KnowledgeBaseLinksSchema.registerMigrations(&migrator)
        KnowledgeBaseLinksSchema.registerGapHours(&migrator)
        KnowledgeBaseSchema.registerSpanishReindex(&migrator)
        ShiftSchema.registerMigrations(&migrator)
        MetricsSchema.registerMigrations(&migrator)
        SectionAnchors.registerMigration(&migrator)
        CoachingSchema.registerMigrations(&migrator)
        MetricsRollupSchema.registerMigrations(&migrator)
        OpenWorkIndexSchema.registerMigrations(&migrator)
        ResolvedCoverSchema.registerMigrations(&migrator)
        return migrator
    }

    /// Whether the file holds migrations this build does not know (a newer helpdesk wrote it).
    static func unknownMigration(in db: Database) throws -> String? {
        guard try db.tableExists("grdb_migrations") else { return nil }
        let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        let known = Set(migrator.migrations)
        return applied.first { !known.contains($0) }
    }
}
