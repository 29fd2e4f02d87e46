import GRDB
import GRDBSQLite

/// An INSERT of one or several rows: `head` is everything before `VALUES`.
struct InsertSQL: Sendable {
    let head: String
    let columns: Int

    init(_ verb: String = "INSERT", into table: String, columns: [String]) {
        head = "\(verb) INTO \(table) (\(columns.joined(separator: ",")))"
        self.columns = columns.count
    }

    /// The statement for `rows` rows, `(?, …)` each.
    func sql(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
        return head + " VALUES " + Array(repeating: row, count: rows).joined(separator: ",")
    }
}

/// Inserts every row of an `EncodedRows`, binding through the SQLite C API: integers directly
/// and text as pointers into the rows' buffer (`SQLITE_STATIC`, no copy), so a row costs what
/// SQLite itself needs and nothing on the Swift side.
///
/// Rows go `rowsPerStatement` to a statement (multi-row `VALUES`): the statement's set-up and
/// tear-down (cursors, the AUTOINCREMENT counter read and written back, the foreign-key
/// checks) then happen once per group instead of once per row, which halved SQLite's cost
/// per event row in a benchmark against the system library. GRDB documents
/// `sqliteStatement` for exactly this use; statements run inside the caller's transaction.
struct RowInserter {
    let sql: InsertSQL

    /// 32 rows of the widest table (tickets, 25 columns) stay under SQLite's historical
    /// limit of 999 parameters.
    static let rowsPerStatement = 32

    /// A NUL, for an empty text value when the buffer has no address. Never written to.
    nonisolated(unsafe) private static let empty: UnsafeMutablePointer<CChar> = {
        let byte = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        byte.initialize(to: 0)
        return byte
    }()

    init(_ sql: InsertSQL) { self.sql = sql }

    /// Inserts every row of `rows`, in order; stops at the first error.
    func insert(_ rows: EncodedRows, _ db: Database) throws {
        precondition(rows.columns == sql.columns, "rows do not match \(sql.head)")
        let group = Self.rowsPerStatement
        let grouped = rows.count / group * group
        if grouped > 0 {
            try insert(rows, 0..<grouped, group: group, db.cachedStatement(sql: sql.sql(rows: group)))
        }
        if grouped < rows.count {
            try insert(rows, grouped..<rows.count, group: 1, db.cachedStatement(sql: sql.sql(rows: 1)))
        }
    }

    /// Runs `statement` (for `group` rows) over `range`, whose length is a multiple of `group`.
    private func insert(_ rows: EncodedRows, _ range: Range<Int>, group: Int, _ statement: Statement) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_clear_bindings(handle) }
        try rows.bytes.withUnsafeBufferPointer { bytes in
            try rows.values.withUnsafeBufferPointer { values in
                var index = range.lowerBound * rows.columns
                let end = range.upperBound * rows.columns
                while index < end {
                    for parameter in 1...Int32(group * rows.columns) {
                        let value = values[index]
                        switch value.kind {
                        case .null:
                            sqlite3_bind_null(handle, parameter)
                        case .integer:
                            sqlite3_bind_int64(handle, parameter, value.integer)
                        case .text:
                            // An empty buffer may have no address; SQLite only needs one for length 0.
                            let text = bytes.baseAddress.map { UnsafeRawPointer($0 + Int(value.integer)) } ?? UnsafeRawPointer(Self.empty)
                            sqlite3_bind_text(handle, parameter, text.assumingMemoryBound(to: CChar.self), value.length, nil)
                        }
                        index += 1
                    }
                    try step(handle, statement)
                }
            }
        }
    }

    private func step(_ handle: OpaquePointer, _ statement: Statement) throws {
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(handle)
    }
}
