import GRDB

/// Bulk loading into an empty `tickets`/`ticket_events`: their secondary indexes and the
/// search trigger are dropped for the load and rebuilt once afterwards from the very SQL the
/// migrations stored in `sqlite_master`, so the schema ends up exactly as migrated. Building an
/// index from sorted data and indexing the search table in one pass is much cheaper than
/// keeping nine B-trees and the FTS index in step row by row.
enum BulkLoad {
    struct Suspended {
        /// `CREATE INDEX`/`CREATE TRIGGER` statements, in their original order.
        var statements: [String]
    }

    static let tables = ["tickets", "ticket_events"]
    /// The triggers that do work on INSERT (the search index, the coaching feed's rows, the
    /// metrics' quarter-hour totals); the append-only guards stay in place.
    static let searchTrigger = "tickets_fts_insert"
    static let workTriggers = [searchTrigger, CoachingSchema.trigger, MetricsRollupSchema.insertTrigger]

    /// Drops the indexes and the search trigger when both tables are empty; nil otherwise (the
    /// load then goes through them as usual).
    static func suspendIfEmpty(_ db: Database) throws -> Suspended? {
        let empty = try Bool.fetchOne(db, sql: """
            SELECT NOT EXISTS (SELECT 1 FROM tickets) AND NOT EXISTS (SELECT 1 FROM ticket_events)
            """) ?? false
        guard empty else { return nil }
        let rows = try Row.fetchAll(db, sql: """
            SELECT type, name, sql FROM sqlite_master
            WHERE sql IS NOT NULL
              AND ((type = 'index' AND tbl_name IN ('tickets', 'ticket_events'))
                   OR (type = 'trigger' AND name IN (\(workTriggers.map { _ in "?" }.joined(separator: ", ")))))
            ORDER BY rowid
            """, arguments: StatementArguments(workTriggers))
        var statements: [String] = []
        for row in rows {
            let type: String = row["type"]
            let name: String = row["name"]
            statements.append(row["sql"])
            try db.execute(sql: "DROP \(type == "index" ? "INDEX" : "TRIGGER") \(name.quotedDatabaseIdentifier)")
        }
        return Suspended(statements: statements)
    }

    /// Recreates what `suspendIfEmpty` dropped, indexes every loaded ticket for search and
    /// derives what the other triggers would have written row by row.
    static func restore(_ suspended: Suspended, _ db: Database) throws {
        for sql in suspended.statements { try db.execute(sql: sql) }
        try db.execute(sql: "INSERT INTO tickets_fts(tickets_fts) VALUES ('rebuild')")
        try CoachingSchema.rebuild(db)
        try MetricsRollupSchema.rebuild(db)
    }
}
