import GRDB

extension AppDatabase {
    /// Reads through the pool, translating SQLite errors into `StoreError`.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreErrorMapping.translating(path: path) { try writer.read(body) }
    }

    /// Writes in one immediate transaction, translating SQLite errors into `StoreError`.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreErrorMapping.translating(path: path) { try writer.write(body) }
    }

    /// `PRAGMA integrity_check` and foreign keys; empty when the file is sound.
    public func integrityProblems() throws -> [String] {
        try read { db in
            let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let problems = rows == ["ok"] ? [] : rows
            let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            return problems + fk + (try EventChain.verify(db).problems)
        }
    }

    /// Copies the live database to `path` with SQLite's online backup API.
    public func backup(to path: String) throws {
        let target = try DatabaseQueue(path: path)
        try StoreErrorMapping.translating(path: path) { try writer.backup(to: target) }
    }
}

extension AppDatabase {
    /// The newest link of the event chain and the number of events, to record elsewhere.
    public func auditHead() throws -> (hash: String, events: Int) {
        try read { db in
            let head = try EventChain.head(db)
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ticket_events") ?? 0
            return (head, count)
        }
    }
}
