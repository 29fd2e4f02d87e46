import GRDB

/// The SQLite library version the store runs on.
public enum StoreInfo {
    public static let sqliteVersion: String = (try? DatabaseQueue().read { db in
        try String.fetchOne(db, sql: "SELECT sqlite_version()")
    }) ?? "unknown"
}
