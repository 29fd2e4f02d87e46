import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

@Suite("Tamper-evident history")
struct AuditChainTests {
    @Test("SHA-256 matches the standard test vectors")
    func vectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test("the encoder that writes events hashes exactly what verification recomputes from the stored values")
    func encoderMatchesVerification() throws {
        let full = TicketEvent(ticketID: 42, type: .escalated, at: Date(timeIntervalSince1970: 1_790_000_000.1234),
                               actor: "ana", text: "ñandú \u{1F}", fromStatus: .open, toStatus: .pendingVendor, fromTier: .l1,
                               toTier: .external, externalName: "Proveedor", area: "network", reason: "why", tried: "",
                               assignee: "jon", articleID: -7, firstContact: true, csat: 5)
        let bare = TicketEvent(ticketID: 9_223_372_036_854_775_807, type: .created, at: Date(timeIntervalSince1970: 0), actor: "x")
        var encoder = EventChainEncoder(head: EventChain.genesis)
        var rows = EncodedRows(columns: EventChain.columns.count + 1)
        var previous = EventChain.genesis
        for event in [full, bare, full] {
            encoder.append(event, to: &rows)
            let e = event
            let list: [(any DatabaseValueConvertible)?] = [
                e.ticketID, e.type.rawValue, e.at, e.actor, e.text, e.fromStatus?.rawValue, e.toStatus?.rawValue,
                e.fromTier?.rawValue, e.toTier?.rawValue, e.externalName, e.area, e.reason, e.tried, e.assignee,
                e.articleID, e.firstContact, e.csat,
            ]
            previous = EventChain.hash(previous: previous, values: list.map { $0?.databaseValue ?? .null })
            #expect(encoder.headString == previous)
        }
        #expect(rows.count == 3)
    }

    /// A desk with a few tickets and events, and a handle to tamper with it behind the app's back.
    func desk() throws -> (AppDatabase, TempDatabase) {
        let temp = TempDatabase()
        let db = try temp.open()
        try People.seed(db)
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        for i in 0..<3 {
            let t = try db.createTicket(NewTicket(subject: "T\(i)", requester: "r"), by: People.ana, now: now)
            _ = try db.perform(.note("note \(i)"), on: t.id, expectedVersion: nil, by: People.ana, now: now)
            _ = try db.perform(.take, on: t.id, expectedVersion: nil, by: People.ana, now: now)
        }
        return (db, temp)
    }

    /// Bypasses the append-only triggers, as someone with the sqlite3 shell could.
    func tamper(_ db: AppDatabase, _ sql: String) throws {
        try db.writer.write { db in
            try db.execute(sql: "DROP TRIGGER ticket_events_no_update; DROP TRIGGER ticket_events_no_delete;")
            try db.execute(sql: sql)
        }
    }

    @Test("an untouched history passes")
    func clean() throws {
        let (db, _) = try desk()
        #expect(try db.integrityProblems().isEmpty)
        #expect(try db.auditHead().events == 9)
    }

    @Test("an edited event is named")
    func edited() throws {
        let (db, _) = try desk()
        try tamper(db, "UPDATE ticket_events SET text = 'nothing to see' WHERE id = 5")
        let problems = try db.integrityProblems()
        #expect(problems == ["event #5 of ticket #2 was edited after it was written (its hash does not match)"])
    }

    @Test("a deleted event is named")
    func deleted() throws {
        let (db, _) = try desk()
        try tamper(db, "DELETE FROM ticket_events WHERE id = 4")
        let problems = try db.integrityProblems()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("event #4 deleted") == true)
    }
}
