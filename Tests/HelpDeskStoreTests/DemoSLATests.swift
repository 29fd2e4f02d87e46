import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

/// The demo's SLA history: every ticket it resolves or closes gets the `ticket_sla` row the
/// store would hold had the ticket lived through the commands, so the report and the
/// dashboard show work resolved late, not a desk that never breached anything.
@Suite("Demo SLA history")
struct DemoSLATests {
    /// Rows of `ticket_sla` as SQL literals, by ticket id.
    static func rows(_ db: AppDatabase, done: Bool) throws -> [Int64: String] {
        try db.read { db in
            let columns = TicketSLAIndex.columns.map { "quote(s.\($0))" }.joined(separator: " || '|' || ")
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.ticket_id, \(columns) FROM ticket_sla s JOIN tickets t ON t.id = s.ticket_id WHERE t.done = ?
                """, arguments: [done])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as Int64, $0[1] as String) })
        }
    }

    @Test("each resolved or closed ticket's row is the one the store computes from its stored history at its last change")
    func rowsAreTheStoresOwn() throws {
        let db = try DemoRealismTests.demo(tickets: 2_000)
        let generated = try Self.rows(db, done: true)
        let done = try db.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM tickets WHERE done = 1 ORDER BY id") }
        #expect(done.count > 1_800)
        #expect(Set(generated.keys) == Set(done), "every resolved or closed ticket has a row, and only those")
        // What `perform` stored in the transaction of each ticket's last action: the same
        // refresh, run on the ticket and history read back from the file.
        try db.write { db in
            for id in done {
                let ticket = try #require(try TicketSLAIndex.ticket(id, db))
                let history = try TicketSLAIndex.history(of: id, db)
                let last = try #require(history.map(\.at).max())
                try TicketSLAIndex.refresh(ticket, history: history, db, policies: .standard, now: last)
            }
        }
        let recomputed = try Self.rows(db, done: true)
        let differing = done.filter { generated[$0] != recomputed[$0] }
        #expect(differing.isEmpty, "\(differing.count) rows differ, e.g. #\(differing.first ?? 0): \(differing.first.flatMap { generated[$0] } ?? "-") vs \(differing.first.flatMap { recomputed[$0] } ?? "-")")
    }

    @Test("a realistic share of past work was resolved late, more of it urgent work, and some first responses were late")
    func realisticBreaches() throws {
        let db = try DemoRealismTests.demo(tickets: 3_000)
        let byPriority = try db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.priority, COUNT(*), SUM(s.state = 'breached'), SUM(s.first_response_due IS NOT NULL), SUM(s.breached)
                FROM tickets t JOIN ticket_sla s ON s.ticket_id = t.id WHERE t.done = 1 GROUP BY t.priority ORDER BY t.priority
                """).map { (priority: $0[0] as Int, done: $0[1] as Int, late: $0[2] as Int, lateResponse: $0[3] as Int, breached: $0[4] as Int) }
        }
        let done = byPriority.reduce(0) { $0 + $1.done }
        let late = byPriority.reduce(0) { $0 + $1.late }
        let lateResponses = byPriority.reduce(0) { $0 + $1.lateResponse }
        let share = { (p: Int) in byPriority.first { $0.priority == p }.map { Double($0.late) / Double($0.done) } ?? 0 }
        let summary = byPriority.map { "P\($0.priority) \($0.late)/\($0.done) late, \($0.lateResponse) late responses" }.joined(separator: "; ")

        #expect(byPriority.count == 4, "\(summary)")
        #expect((0.02...0.15).contains(Double(late) / Double(done)), "resolved late: \(summary)")
        #expect(share(1) >= share(3) && share(2) >= share(4) && share(1) > 0 && share(2) > 0, "urgent work breaches more: \(summary)")
        #expect(lateResponses > 0, "\(summary)")
        // A late first response breaches the ticket even if it was resolved in time.
        #expect(byPriority.reduce(0) { $0 + $1.breached } > late, "\(summary)")

        // The report counts them: the period's resolved tickets that breached a timer.
        let report = try db.metricsReport(from: Self.now.addingTimeInterval(-60 * 86_400), to: Self.now, now: Self.now,
                                          timeZone: TimeZone(identifier: "UTC")!)
        let breachedDone = byPriority.reduce(0) { $0 + $1.breached }
        #expect(report.slaBreachedResolved == breachedDone)
        #expect(report.slaBreached == report.slaBreachedOpen + breachedDone)
    }

    static let now = DemoRealismTests.now
}
