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
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw StoreError.unavailable(path: path, reason: "it is a folder, not a database file")
        }
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
            guard fm.isReadableFile(atPath: path) else {
                throw StoreError.unavailable(path: path, reason: "no permission to read it")
            }
            // While another process has the file open, the latest changes are in `-wal`, read
            // through `-shm`: both must be readable, or SQLite only says "unable to open".
            for sidecar in [path + "-shm", path + "-wal"] where fm.fileExists(atPath: sidecar) && !fm.isReadableFile(atPath: sidecar) {
                throw StoreError.unavailable(path: path, reason: "no permission to read \((sidecar as NSString).lastPathComponent), where another process keeps the latest changes; ask the owner for read access")
            }
            if !fm.fileExists(atPath: path + "-shm") {
                return try openSnapshot()
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
            SQLProfile.shared?.attach(to: db)
        }
        return config
    }

    private func openPool(readOnly: Bool) throws -> AppDatabase {
        let isNew = !FileManager.default.fileExists(atPath: path)
        do {
            if !isNew { try ForeignFileGuard.checkBeforeOpening(path, configuration: configuration(readOnly: true)) }
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

    /// A WAL database can only be read through its `-shm` index. When nobody has the file open
    /// (no `-shm`) and the folder cannot be written (so none can be created), SQLite refuses even
    /// to read it; its documented way out is the `immutable` URI parameter: read the file as it
    /// is, without locks. Used whenever there is no `-shm`, also in a writable folder, so a
    /// reader without write permission never leaves `-wal`/`-shm` files of its own behind (they
    /// would belong to the wrong user). Safe because with no `-shm` no process is writing the
    /// file; one that starts later cannot be harmed by a reader that takes no locks, which just
    /// does not see its changes until reopened. Every write is refused as read-only (exit 69).
    private func openSnapshot() throws -> AppDatabase {
        var config = configuration(readOnly: true)
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: Self.immutableURI(path), configuration: config)
            if let unknown = try queue.read({ try AppDatabase.unknownMigration(in: $0) }) {
                throw StoreError.newerSchema(path: path, migration: unknown)
            }
            try queue.read { try ForeignFileGuard.check($0, path: path) }
            return try AppDatabase(queue, path: path, migrate: false)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreErrorMapping.map(error, path: path)
        }
    }

    /// The URI that opens `path` read-only without locks and without creating `-wal`/`-shm`.
    static func immutableURI(_ path: String) -> String {
        let escaped = path.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "?", "#", "%": String(format: "%%%02X", scalar.value)
            default: String(scalar)
            }
        }.joined()
        return "file:\(escaped)?immutable=1"
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
