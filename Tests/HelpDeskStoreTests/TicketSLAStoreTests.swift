import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

@Suite("ticket_sla kept up to date by the store")
struct TicketSLAStoreTests {
    let t0 = SLAFixtures.at("2026-03-02T09:00:00Z")
    let ana = SLAFixtures.agent("ana")

    @Test("creating a ticket writes its row in the same transaction, with due dates from the clock")
    func onCreate() throws {
        let db = try SLAFixtures.database()
        let t = try db.createTicket(NewTicket(subject: "VPN", requester: "r"), by: ana, now: t0)
        let row = try #require(try SLARow.fetch(db, t.id))
        #expect(row.timer == "first_response" && row.state == "ok")
        #expect(row.due == t0.addingTimeInterval(3600))
        #expect(row.open && !row.breached && !row.atRisk && !row.paused)
        // Nothing to do until three quarters of the first hour are used.
        #expect(row.nextCheckAt == t0.addingTimeInterval(45 * 60))
        #expect(row.alertFrom == t0.addingTimeInterval(45 * 60))
    }

    @Test("a reply stops first response; pending-customer pauses; resolving closes the row")
    func onPerform() throws {
        let db = try SLAFixtures.database()
        let t = try db.createTicket(NewTicket(subject: "VPN", requester: "r"), by: ana, now: t0)
        _ = try db.perform(.reply("on it"), on: t.id, expectedVersion: nil, by: ana, now: t0.addingTimeInterval(600))
        var row = try #require(try SLARow.fetch(db, t.id))
        #expect(row.timer == "resolution" && row.due == t0.addingTimeInterval(8 * 3600))

        _ = try db.perform(.changeStatus(.pendingCustomer), on: t.id, expectedVersion: nil, by: ana, now: t0.addingTimeInterval(3600))
        row = try #require(try SLARow.fetch(db, t.id))
        #expect(row.paused && row.state == "paused")
        #expect(row.nextCheckAt == nil, "a paused ticket needs no look until it changes")
        #expect(row.alertFrom == nil)

        // Two hours later the customer answers: one hour used before the pause, so due at 7h after resuming.
        let resumed = t0.addingTimeInterval(3 * 3600)
        _ = try db.perform(.changeStatus(.open), on: t.id, expectedVersion: nil, by: ana, now: resumed)
        row = try #require(try SLARow.fetch(db, t.id))
        #expect(!row.paused && row.state == "ok")
        #expect(row.due == resumed.addingTimeInterval(7 * 3600))

        _ = try db.perform(.resolve(resolution: "done", articleID: nil), on: t.id, expectedVersion: nil, by: ana, now: resumed)
        row = try #require(try SLARow.fetch(db, t.id))
        #expect(!row.open && !row.breached && row.state == "met")
    }

    @Test("a late reply leaves the ticket flagged as breached")
    func lateReply() throws {
        let db = try SLAFixtures.database()
        let t = try db.createTicket(NewTicket(subject: "VPN", requester: "r"), by: ana, now: t0)
        _ = try db.perform(.reply("sorry"), on: t.id, expectedVersion: nil, by: ana, now: t0.addingTimeInterval(7200))
        let row = try #require(try SLARow.fetch(db, t.id))
        #expect(row.breached)
        #expect(row.nextCheckAt == t0.addingTimeInterval(7200), "the breach flag is pending for `sla run`")
    }

    @Test("the dashboard list: breached first, then at risk, by due; an index scan with no sort")
    func watchList() throws {
        let db = try SLAFixtures.database()
        let late = try db.createTicket(NewTicket(subject: "late", requester: "r"), by: ana, now: t0)
        let risky = try db.createTicket(NewTicket(subject: "risky", requester: "r"), by: ana, now: t0.addingTimeInterval(3600))
        _ = try db.createTicket(NewTicket(subject: "fresh", requester: "r"), by: ana, now: t0.addingTimeInterval(6000))
        let now = t0.addingTimeInterval(3600 + 50 * 60)
        let items = try db.atRiskAndBreached(limit: 10, now: now)
        #expect(items.map(\.ticket.id) == [late.id, risky.id])
        #expect(items.map(\.isBreached) == [true, false])
        #expect(try db.atRiskAndBreached(limit: 1, now: now).count == 1)

        let plan = try db.atRiskAndBreachedPlan().joined(separator: "\n")
        #expect(plan.contains("ticket_sla_open_due"), "\(plan)")
        #expect(!plan.contains("TEMP B-TREE"), "\(plan)")

        let labels = try db.slaSummary(ticketIDs: [late.id, risky.id], now: now).mapValues(\.headline.label)
        #expect(labels[late.id] == "-0:50")
        #expect(labels[risky.id] == "!0:10")
    }
}
