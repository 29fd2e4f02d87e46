import Foundation
import GRDB

/// Opens a database file safely when several technicians' processes start at once.
///
/// Creating the file and switching it to WAL must happen once: two processes doing it
/// together can fail with "database is locked" at `PRAGMA journal_mode`. So the first
/// opening happens under an exclusive `flock` on a sibling lock file; later openings only
/// take the lock briefly while migrating.
struct DatabaseOpener {
    var path: String
    /// How long a writer waits for another process's transaction before giving up.
    var busyTimeout: TimeInterval = 10

    func open(readOnly: Bool) throws -> AppDatabase {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let fm = FileManager.default
        if !readOnly && !fm.fileExists(atPath: folder) {
            do {
                try fm.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                       attributes: [.posixPermissions: 0o750])
            } catch {
                throw StoreError.unavailable(path: path, reason: "cannot create folder \(folder)")
            }
        }
        if readOnly || (fm.fileExists(atPath: path) && !fm.isWritableFile(atPath: path)) {
            guard fm.fileExists(atPath: path) else {
                throw StoreError.unavailable(path: path, reason: "no such file")
            }
            return try openPool(readOnly: true)
        }
        return try withFileLock { try openPool(readOnly: false) }
    }

    private func configuration(readOnly: Bool) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.readonly = readOnly
        config.busyMode = .timeout(busyTimeout)
        config.label = "helpdesk"
        config.prepareDatabase { db in
            // In WAL mode NORMAL never corrupts and survives a crashed process; only a power
            // cut can roll back the last commits. It saves an fsync per technician action.
            if !readOnly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        return config
    }

    private func openPool(readOnly: Bool) throws -> AppDatabase {
        let isNew = !FileManager.default.fileExists(atPath: path)
        do {
            let pool = try DatabasePool(path: path, configuration: configuration(readOnly: readOnly))
            if isNew {
                // Technicians share the file through a group; others get nothing.
                chmod(path, 0o660)
            }
            if let unknown = try pool.read({ try AppDatabase.unknownMigration(in: $0) }) {
                throw StoreError.newerSchema(path: path, migration: unknown)
            }
            if readOnly {
                return try AppDatabase(pool, path: path, migrate: false)
            }
            return try AppDatabase(pool, path: path)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreErrorMapping.map(error, path: path)
        } catch {
            throw StoreError.unavailable(path: path, reason: "\(error)")
        }
    }

    /// Runs `body` holding an exclusive lock on `PATH.lock`, waiting for other openers.
    private func withFileLock<T>(_ body: () throws -> T) throws -> T {
        let lockPath = path + ".lock"
        let fd = Foundation.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o660)
        guard fd >= 0 else {
            // A read-only folder: carry on without the lock; SQLite's own locking still applies.
            return try body()
        }
        defer { close(fd) }
        let deadline = Date().addingTimeInterval(busyTimeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if Date() > deadline { throw StoreError.locked(path: path) }
            usleep(20_000)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
