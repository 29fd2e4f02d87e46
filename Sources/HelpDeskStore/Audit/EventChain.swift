import Foundation
import GRDB
import HelpDeskCore

/// The tamper-evident chain over the ticket history.
///
/// Each event stores `hash = SHA-256(previous event's hash ␟ its own column values)`, in id
/// order across all tickets. Editing an event breaks its own hash; deleting one breaks the
/// next event's link. Someone with write access could recompute the whole chain, so
/// `db check` also prints the head hash: recorded elsewhere (a ticket in another system, a
/// log), it proves the history up to that point has not been rewritten.
enum EventChain {
    static let genesis = String(repeating: "0", count: 64)

    /// The columns covered by the hash, in order. Never reorder: old hashes would break.
    static let columns = ["ticket_id", "type", "at", "actor", "text", "from_status", "to_status", "from_tier", "to_tier",
                          "external_name", "area", "reason", "tried", "assignee", "article_id", "first_contact", "csat"]

    /// The link hash from column values as read back from the table (`verify`). Writers encode
    /// the same bytes directly with `EventChainEncoder`.
    static func hash(previous: String, values: [DatabaseValue]) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(256)
        bytes.append(contentsOf: previous.utf8)
        for value in values {
            bytes.append(0x1F)
            switch value.storage {
            case .null: bytes.append(0x00)
            case .int64(let i): bytes.append(0x69); bytes.append(contentsOf: String(i).utf8)
            case .double(let d): bytes.append(contentsOf: "d\(d)".utf8)
            case .string(let s): bytes.append(0x73); bytes.append(contentsOf: s.utf8)
            case .blob(let data): bytes.append(0x62); bytes.append(contentsOf: data)
            }
        }
        return SHA256.hex(bytes)
    }

    /// The hash of the newest event, the link for the next one.
    static func head(_ db: Database) throws -> String {
        try String.fetchOne(db, sql: "SELECT hash FROM ticket_events ORDER BY id DESC LIMIT 1") ?? genesis
    }

    static let insert = InsertSQL(into: "ticket_events", columns: columns + ["hash"])

    /// Appends events to the chain inside the caller's write transaction.
    static func append(_ events: [TicketEvent], _ db: Database) throws {
        var encoder = EventChainEncoder(head: try head(db))
        var rows = EncodedRows(columns: columns.count + 1)
        for event in events { encoder.append(event, to: &rows) }
        try RowInserter(insert).insert(rows, db)
    }

    /// Walks the whole chain; each problem names the event and what happened to it.
    static func verify(_ db: Database) throws -> (problems: [String], head: String, count: Int) {
        var problems: [String] = []
        var previous = genesis
        var previousID: Int64 = 0
        var count = 0
        let cursor = try Row.fetchCursor(db, sql: "SELECT id, \(columns.joined(separator: ",")), hash FROM ticket_events ORDER BY id")
        while let row = try cursor.next() {
            count += 1
            let id: Int64 = row["id"]
            let stored: String? = row["hash"]
            let values = columns.map { row[$0] as DatabaseValue }
            let expected = hash(previous: previous, values: values)
            if stored != expected {
                let ticket: Int64 = row["ticket_id"]
                if id != previousID + 1 {
                    let gap = previousID + 1 == id - 1 ? "#\(previousID + 1)" : "#\(previousID + 1)–#\(id - 1)"
                    problems.append("event \(gap) deleted from the history (the chain breaks before event #\(id), ticket #\(ticket))")
                } else {
                    problems.append("event #\(id) of ticket #\(ticket) was edited after it was written (its hash does not match)")
                }
            }
            previous = stored ?? expected
            previousID = id
            if problems.count >= 50 { problems.append("… stopping after 50 problems"); break }
        }
        return (problems, previous, count)
    }
}
