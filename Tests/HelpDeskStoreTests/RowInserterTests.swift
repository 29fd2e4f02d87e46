import Foundation
import GRDB
import Testing
@testable import HelpDeskStore

/// Bulk rows are bound through the C API, several to a statement: every row must land once,
/// in order, with its NULLs, integers and (empty or not) text, however the count splits into
/// groups.
@Suite("Row inserter")
struct RowInserterTests {
    @Test("rows land in order across whole groups and the remainder", arguments: [0, 1, 31, 32, 33, 65])
    func counts(rows count: Int) throws {
        let queue = try DatabaseQueue()
        let rows = try queue.write { db -> [Row] in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER, s TEXT, o TEXT)")
            var encoded = EncodedRows(columns: 3)
            for i in 0..<count {
                encoded.append(Int64(i - 5))
                encoded.append(i % 3 == 0 ? "" : "fila ñ \(i)")
                encoded.append(i % 2 == 0 ? nil : "x" as String?)
            }
            try RowInserter(InsertSQL(into: "t", columns: ["n", "s", "o"])).insert(encoded, db)
            return try Row.fetchAll(db, sql: "SELECT id, n, s, o FROM t ORDER BY id")
        }
        #expect(rows.count == count)
        for (i, row) in rows.enumerated() {
            #expect(row["id"] == Int64(i + 1))
            #expect(row["n"] == Int64(i - 5))
            #expect(row["s"] == (i % 3 == 0 ? "" : "fila ñ \(i)"))
            #expect((row["o"] as String?) == (i % 2 == 0 ? nil : "x"))
        }
    }

    @Test("a constraint failure is a DatabaseError naming the statement")
    func failure() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (n INTEGER NOT NULL)")
            var encoded = EncodedRows(columns: 1)
            encoded.append(1 as Int64?)
            encoded.appendNull()
            #expect(throws: DatabaseError.self) {
                try RowInserter(InsertSQL(into: "t", columns: ["n"])).insert(encoded, db)
            }
        }
    }
}
