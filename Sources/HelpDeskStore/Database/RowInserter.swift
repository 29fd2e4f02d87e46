import GRDB
import GRDBSQLite

/// Runs one prepared INSERT for every row of an `EncodedRows`, binding through the SQLite C
/// API: integers directly and text as pointers into the rows' buffer (`SQLITE_STATIC`, no
/// copy), so a row costs what SQLite itself needs and nothing on the Swift side.
///
/// GRDB documents `sqliteStatement` for exactly this use; the statement is stepped and reset
/// inside the caller's transaction like any other.
struct RowInserter {
    private let statement: Statement
    /// A NUL, for an empty text value when the buffer has no address. Never written to.
    nonisolated(unsafe) private static let empty: UnsafeMutablePointer<CChar> = {
        let byte = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        byte.initialize(to: 0)
        return byte
    }()

    init(_ statement: Statement) {
        self.statement = statement
    }

    /// Inserts every row of `rows`, in order; stops at the first error.
    func insert(_ rows: EncodedRows) throws {
        let handle = statement.sqliteStatement
        precondition(Int(sqlite3_bind_parameter_count(handle)) == rows.columns, "rows do not match \(statement.sql)")
        defer { sqlite3_clear_bindings(handle) }
        try rows.bytes.withUnsafeBufferPointer { bytes in
            try rows.values.withUnsafeBufferPointer { values in
                var index = 0
                while index < values.count {
                    for column in 0..<rows.columns {
                        let value = values[index + column]
                        let parameter = Int32(column + 1)
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
                    }
                    try step(handle)
                    index += rows.columns
                }
            }
        }
    }

    private func step(_ handle: OpaquePointer) throws {
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(handle)
    }
}
