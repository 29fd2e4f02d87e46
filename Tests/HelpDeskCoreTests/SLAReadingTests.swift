import Foundation
import Testing
@testable import HelpDeskCore

/// When a ticket's SLA labels next change with the clock alone (``SLAReading/nextChange``):
/// the instant the lists redraw their countdowns at, instead of once a minute.
///
/// P1 advanced runs on the 24x7 calendar (first response 15m, resolution 4h); P2 advanced on
/// the office calendar (first response 1h, resolution 8h; Mon–Fri 09–14 and 15–18).
@Suite("SLA reading: the next label change")
struct SLAReadingTests {
    let clock = SLAClock()
    let slack = SLAClock.boundarySlack

    func labels(_ t: Ticket, _ history: [TicketEvent] = [], at now: Date) -> [String] {
        clock.evaluate(t, history: history, now: now).timers.map(\.label)
    }

    /// Equal up to the rounding of `Date` arithmetic (a fraction of a microsecond).
    func same(_ a: Date?, _ b: Date) -> Bool {
        a.map { abs($0.timeIntervalSince(b)) < 1e-6 } ?? false
    }

    @Test("a countdown that is ok changes just past its next whole minute")
    func okCountdown() {
        let t = ticket(.p1, .advanced, created: madrid("2026-03-02 10:00"))
        let now = madrid("2026-03-02 10:00").addingTimeInterval(20)
        let reading = clock.reading(t, history: [], now: now)
        #expect(reading.sla.firstResponse.label == " 0:14")
        // 14:40 left: 14:00 left is 40 seconds away.
        #expect(same(reading.nextChange, now.addingTimeInterval(40 + slack)))
        #expect(clock.evaluate(t, history: [], now: reading.nextChange!).firstResponse.label == " 0:13")
    }

    @Test("the last seconds before the due time read !0:00, and just past it -0:01")
    func breachAtDue() throws {
        let t = ticket(.p1, .advanced, created: madrid("2026-03-02 10:00"))
        let due = madrid("2026-03-02 10:15")
        let now = due.addingTimeInterval(-30)
        let reading = clock.reading(t, history: [], now: now)
        #expect(reading.sla.firstResponse.label == "!0:00")
        #expect(reading.sla.firstResponse.due == due)
        let next = try #require(reading.nextChange)
        #expect(same(next, due.addingTimeInterval(slack)))
        #expect(clock.evaluate(t, history: [], now: due).firstResponse.label == "!0:00")
        #expect(clock.evaluate(t, history: [], now: next).firstResponse.label == "-0:01")
    }

    @Test("overdue time on a whole minute turns at once: -0:12 becomes -0:13 just past now")
    func breachedOnTheMinute() {
        let t = ticket(.p1, .advanced, created: madrid("2026-03-02 10:00"))
        let now = madrid("2026-03-02 10:27")
        let reading = clock.reading(t, history: [], now: now)
        #expect(reading.sla.firstResponse.label == "-0:12")
        #expect(reading.nextChange == now.addingTimeInterval(slack))
        #expect(clock.evaluate(t, history: [], now: reading.nextChange!).firstResponse.label == "-0:13")
    }

    @Test("crossing the at-risk threshold between two whole minutes is a change of its own")
    func atRiskThreshold() throws {
        // 75 % of a 15-minute target: at risk after 11:15, while the minute only turns at 11:00 and 12:00.
        let t = ticket(.p1, .advanced, created: madrid("2026-03-02 10:00"))
        let now = madrid("2026-03-02 10:11").addingTimeInterval(5)
        let reading = clock.reading(t, history: [], now: now)
        #expect(reading.sla.firstResponse.label == " 0:03")
        let next = try #require(reading.nextChange)
        #expect(same(next, madrid("2026-03-02 10:11").addingTimeInterval(15 + slack)))
        #expect(clock.evaluate(t, history: [], now: next).firstResponse.label == "!0:03")
    }

    @Test("a countdown frozen for the night next changes when the office opens")
    func officeNight() {
        let t = ticket(.p2, .advanced, created: madrid("2026-03-02 10:00"), status: .open)
        let reading = clock.reading(t, history: [], now: madrid("2026-03-02 20:00"))
        #expect(reading.sla.resolution.label == "!1:00")
        #expect(reading.nextChange == madrid("2026-03-03 09:00").addingTimeInterval(slack))
    }

    @Test("paused, met and stopped timers never change with the clock alone")
    func nothingRuns() {
        let created = madrid("2026-03-02 10:00")
        let pending = clock.reading(ticket(.p2, .advanced, created: created, status: .pendingCustomer),
                                    history: [status("2026-03-02 11:00", .open, .pendingCustomer)], now: madrid("2026-03-02 12:00"))
        #expect(pending.sla.resolution.state == .paused)
        #expect(pending.nextChange == nil)
        let done = clock.reading(ticket(.p2, .advanced, created: created, status: .resolved),
                                 history: [resolved("2026-03-02 15:00")], now: madrid("2026-03-03 10:00"))
        #expect(done.nextChange == nil)
    }

    /// The invariant the lists rely on, checked over a sweep of instants on both calendars
    /// (through lunch and closing time): no label differs anywhere before the next change,
    /// and one does at it.
    @Test("sweep: labels hold until the next change and differ at it", arguments: [Priority.p1, .p2])
    func sweep(priority: Priority) throws {
        let t = ticket(priority, .advanced, created: madrid("2026-03-02 13:40"), status: .open)
        let history = [reply("2026-03-02 13:52")]
        var now = madrid("2026-03-02 13:40")
        let end = madrid("2026-03-02 18:30")
        var changes = 0
        while now < end {
            let reading = clock.reading(t, history: history, now: now)
            let next = try #require(reading.nextChange)
            #expect(next > now)
            let before = labels(t, history, at: now)
            #expect(labels(t, history, at: max(now, next.addingTimeInterval(-2 * slack))) == before, "\(now) → \(next)")
            #expect(labels(t, history, at: next) != before, "\(now) → \(next)")
            changes += 1
            now = now.addingTimeInterval(37.3)
        }
        #expect(changes > 400)
    }
}
