import GRDB

/// Turns SQLite's result codes into the store's human errors.
enum StoreErrorMapping {
    static func map(_ error: DatabaseError, path: String) -> StoreError {
        // A short write is what a full disk or a file-size limit looks like (EFBIG, ENOSPC).
        if error.extendedResultCode == .SQLITE_IOERR_WRITE || error.extendedResultCode == .SQLITE_IOERR_TRUNCATE {
            return .full(path: path)
        }
        return switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: .locked(path: path)
        case .SQLITE_FULL: .full(path: path)
        case .SQLITE_READONLY: .readOnly(path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: .corrupt(path: path, reason: error.message ?? "not a database")
        case .SQLITE_CANTOPEN: .unavailable(path: path, reason: error.message ?? "cannot open file")
        case .SQLITE_IOERR: .unavailable(path: path, reason: "I/O error (\(error.message ?? "disk"))")
        default: .unavailable(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// Runs a store operation, translating raw SQLite errors so no caller ever sees
    /// "database is locked" or a constraint name.
    static func translating<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_CONSTRAINT, error.message?.contains("append-only") == true {
                throw StoreError.invalidInput("ticket history is append-only: events cannot be changed or deleted")
            }
            throw map(error, path: path)
        }
    }
}
