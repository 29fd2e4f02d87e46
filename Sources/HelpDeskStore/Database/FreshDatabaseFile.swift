import Foundation
import GRDB

/// A database file built from nothing by one process (the demo), then put in place whole.
///
/// The file is built under a temporary name next to its destination, through one connection
/// with no rollback journal, no syncing and a generous page cache: nobody else can see it, and
/// a crash mid-build loses nothing but the half-built file, which never carries the real name.
/// `finish()` switches it to WAL (like every database the app opens), closes it and renames it
/// over the destination; until then an existing file at the destination is untouched.
public final class FreshDatabaseFile {
    /// Where the finished file goes.
    public let path: String
    /// The file being built, open and migrated.
    public let database: AppDatabase
    let buildPath: String

    /// Page cache for the build, in KiB. With no journal a full cache just writes pages out,
    /// and building the indexes sorts in chunks of this size: 8 MB, 32 MB and 256 MB took the
    /// same time for 100k tickets (the sort is bound by comparisons and memory latency), so the
    /// small one, which keeps the peak resident size down.
    static let cacheKiB = 8_192

    /// Creates and migrates a new file beside `path` (creating its folder if needed).
    public init(replacing path: String) throws {
        self.path = path
        buildPath = path + ".building-\(ProcessInfo.processInfo.processIdentifier)"
        let folder = (path as NSString).deletingLastPathComponent
        let fm = FileManager.default
        if !folder.isEmpty, !fm.fileExists(atPath: folder) {
            do {
                try fm.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
            } catch {
                throw StoreError.unavailable(path: path, reason: "cannot create folder \(folder)")
            }
        }
        Self.remove(buildPath)
        Self.removeAbandonedBuilds(of: path)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.label = "helpdesk-build"
        config.prepareDatabase { db in
            try db.execute(sql: """
                PRAGMA journal_mode = OFF;
                PRAGMA synchronous = OFF;
                PRAGMA cache_size = -\(Self.cacheKiB);
                """)
        }
        do {
            let queue = try DatabaseQueue(path: buildPath, configuration: config)
            // Technicians share the file through a group; others get nothing (as `DatabaseOpener`).
            chmod(buildPath, 0o660)
            database = try AppDatabase(queue, path: buildPath)
        } catch {
            Self.remove(buildPath)
            if let error = error as? DatabaseError { throw StoreErrorMapping.map(error, path: path) }
            throw StoreError.unavailable(path: path, reason: "\(error)")
        }
    }

    /// Switches the file to WAL, closes it and moves it to `path`, replacing what was there
    /// (with that file's `-wal`/`-shm`, which would otherwise be replayed into the new one).
    public func finish() throws {
        do {
            try database.writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                guard try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal" else {
                    throw StoreError.unavailable(path: path, reason: "cannot switch the new file to WAL mode")
                }
            }
            try database.writer.close()
        } catch let error as DatabaseError {
            throw StoreErrorMapping.map(error, path: path)
        }
        // Closing the last connection checkpoints and removes the build's own `-wal`/`-shm`.
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: buildPath + suffix) {
            throw StoreError.unavailable(path: path, reason: "the new file kept its \(suffix) after closing")
        }
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            guard unlink(path + suffix) == 0 else { throw replaceError(path + suffix) }
        }
        guard rename(buildPath, path) == 0 else { throw replaceError(path) }
    }

    /// Whether a demo may replace what is at `path`: nothing, an empty file, a demo database
    /// (its `meta` says `demo`) or a desk that holds nothing yet (no agent, ticket or article,
    /// as `helpdesk init` leaves it). A technician's desk with data, another application's
    /// database or any other file would be deleted by `finish()`, so those are not replaceable.
    public static func mayReplace(_ path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return true }
        guard ForeignFileGuard.size(of: path) > 0 else { return true }
        let replaceable = try? ForeignFileGuard.peek(path) { db -> Bool in
            if try db.tableExists("meta"),
               try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'demo'") == "1" {
                return true
            }
            return try isEmptyDesk(db)
        }
        return replaceable == true
    }

    /// A help desk database with no agent, ticket or article in it: nothing a demo could lose.
    static func isEmptyDesk(_ db: Database) throws -> Bool {
        let tables = ["agents", "tickets", "articles"]
        guard try tables.allSatisfy({ try db.tableExists($0) }) else { return false }
        return try tables.allSatisfy { try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \($0))")! }
    }

    /// Closes and deletes the unfinished file.
    public func abandon() {
        try? database.writer.close()
        Self.remove(buildPath)
    }

    private func replaceError(_ file: String) -> StoreError {
        StoreError.unavailable(path: path, reason: "cannot replace \(file): \(String(cString: strerror(errno)))")
    }

    /// Deletes the build files of earlier runs for `path` whose process is gone (a build killed by
    /// SIGKILL or a power cut cannot clean up after itself). A build whose process still runs is
    /// left alone: two demos may be building the same path at once.
    static func removeAbandonedBuilds(of path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent + ".building-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid > 0,
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            remove((folder as NSString).appendingPathComponent(name))
        }
    }

    private static func remove(_ file: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(file + suffix) }
    }
}
