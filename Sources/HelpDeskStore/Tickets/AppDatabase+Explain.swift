import GRDB
import HelpDeskCore

extension AppDatabase {
    /// The exact SQL and arguments a ticket list runs, so benchmarks can time the same
    /// statement through raw SQLite and `EXPLAIN QUERY PLAN` can be checked in tests.
    public func ticketListStatement(for query: TicketQuery) -> (sql: String, arguments: [DatabaseValue]) {
        let sql = TicketQuerySQL(query)
        return (sql.select, sql.arguments.values)
    }

    /// The query plan SQLite chooses for a ticket list, one line per step.
    public func queryPlan(for query: TicketQuery) throws -> [String] {
        let sql = TicketQuerySQL(query)
        return try read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql.select, arguments: sql.arguments).map { $0["detail"] as String }
        }
    }
}

extension StatementArguments {
    /// The positional values, in order. GRDB keeps them internal; reading them through
    /// reflection is only for benchmarks and diagnostics, never on the app's hot path.
    fileprivate var values: [DatabaseValue] {
        Mirror(reflecting: self).children.first { $0.label == "values" }?.value as? [DatabaseValue] ?? []
    }
}
