import Foundation
import Testing
@testable import HelpDeskCore

/// Each case is one sentence of the SLA rules, a ticket's timeline, and what one timer shows.
///
/// Unless a case says otherwise the ticket is P2 on the advanced plan (office calendar:
/// first response 1h, next update 2h, resolution 8h) created on Monday 2026-03-02 at 10:00.
/// P1 advanced runs on the 24x7 calendar: 15m / 1h / 4h.
@Suite("SLA clock")
struct SLAClockTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        var priority: Priority = .p2
        var created = "2026-03-02 10:00"
        var history: [TicketEvent] = []
        var status: TicketStatus = .open
        let now: String
        let timer: SLATimerKind
        let state: SLATimerState
        let elapsed: TimeInterval
        let label: String
        var due: String?
        var testDescription: String { rule }
    }

    static let cases: [Case] = [
        Case(rule: "a fresh ticket's first response is ok", status: .new, now: "2026-03-02 10:30",
             timer: .firstResponse, state: .ok, elapsed: 30 * minute, label: " 0:30", due: "2026-03-02 11:00"),
        Case(rule: "from 75 % of the target a timer is at risk", status: .new, now: "2026-03-02 10:50",
             timer: .firstResponse, state: .atRisk, elapsed: 50 * minute, label: "!0:10"),
        Case(rule: "past the target it is breached, shown as time since", status: .new, now: "2026-03-02 11:12",
             timer: .firstResponse, state: .breached, elapsed: 72 * minute, label: "-0:12", due: "2026-03-02 11:00"),
        Case(rule: "an agent's reply meets the first response", history: [reply("2026-03-02 10:40")], now: "2026-03-02 12:00",
             timer: .firstResponse, state: .met, elapsed: 40 * minute, label: "✓"),
        Case(rule: "a reply starts the next-update timer", history: [reply("2026-03-02 10:40")], now: "2026-03-02 12:10",
             timer: .nextUpdate, state: .atRisk, elapsed: 90 * minute, label: "!0:30", due: "2026-03-02 12:40"),
        Case(rule: "each reply restarts the next-update timer",
             history: [reply("2026-03-02 10:40"), reply("2026-03-02 12:00")], now: "2026-03-02 12:10",
             timer: .nextUpdate, state: .ok, elapsed: 10 * minute, label: " 1:50"),
        Case(rule: "before any reply there is no next update to give", status: .new, now: "2026-03-02 10:30",
             timer: .nextUpdate, state: .notApplicable, elapsed: 0, label: ""),
        Case(rule: "a ticket created on Saturday starts counting on Monday at 09:00", created: "2026-03-07 11:00", status: .new,
             now: "2026-03-09 09:30", timer: .firstResponse, state: .ok, elapsed: 30 * minute, label: " 0:30", due: "2026-03-09 10:00"),
        Case(rule: "a ticket created in the evening starts counting the next morning", created: "2026-03-02 20:00", status: .new,
             now: "2026-03-03 09:45", timer: .firstResponse, state: .atRisk, elapsed: 45 * minute, label: "!0:15"),
        Case(rule: "nights do not count", created: "2026-03-02 17:00", now: "2026-03-03 11:00",
             timer: .resolution, state: .ok, elapsed: 3 * hour, label: " 5:00", due: "2026-03-03 17:00"),
        Case(rule: "holidays and weekends do not count", created: "2026-04-02 16:00", now: "2026-04-06 10:00",
             timer: .resolution, state: .ok, elapsed: 3 * hour, label: " 5:00"),
        Case(rule: "pending-customer pauses the clock",
             history: [status("2026-03-02 11:00", .open, .pendingCustomer)], status: .pendingCustomer, now: "2026-03-03 11:00",
             timer: .resolution, state: .paused, elapsed: 1 * hour, label: "=7:00"),
        Case(rule: "pending-vendor pauses the clock",
             history: [status("2026-03-02 11:00", .open, .pendingVendor)], status: .pendingVendor, now: "2026-03-03 11:00",
             timer: .resolution, state: .paused, elapsed: 1 * hour, label: "=7:00"),
        Case(rule: "leaving pending resumes the clock, and the due date moves by the pause",
             history: [status("2026-03-02 11:00", .open, .pendingCustomer), status("2026-03-03 10:00", .pendingCustomer, .open)],
             now: "2026-03-03 11:00", timer: .resolution, state: .ok, elapsed: 2 * hour, label: " 6:00", due: "2026-03-03 18:00"),
        Case(rule: "a pause also holds the next-update timer",
             history: [reply("2026-03-02 10:30"), status("2026-03-02 11:00", .open, .pendingCustomer)],
             status: .pendingCustomer, now: "2026-03-04 11:00",
             timer: .nextUpdate, state: .paused, elapsed: 30 * minute, label: "=1:30"),
        Case(rule: "escalation keeps the clock running from creation",
             history: [escalated("2026-03-02 12:00", .l1, .l2)], now: "2026-03-02 14:00",
             timer: .resolution, state: .ok, elapsed: 4 * hour, label: " 4:00", due: "2026-03-03 10:00"),
        Case(rule: "resolving stops the resolution timer",
             history: [resolved("2026-03-02 15:00")], status: .resolved, now: "2026-03-05 10:00",
             timer: .resolution, state: .met, elapsed: 4 * hour, label: "✓"),
        Case(rule: "resolving also counts as the first response",
             history: [resolved("2026-03-02 10:20")], status: .resolved, now: "2026-03-05 10:00",
             timer: .firstResponse, state: .met, elapsed: 20 * minute, label: "✓"),
        Case(rule: "a resolved ticket owes no more updates",
             history: [reply("2026-03-02 10:30"), resolved("2026-03-02 15:00")], status: .resolved, now: "2026-03-05 10:00",
             timer: .nextUpdate, state: .notApplicable, elapsed: 0, label: ""),
        Case(rule: "reopening resumes the resolution timer where it stopped",
             history: [resolved("2026-03-02 15:00"), reopened("2026-03-03 09:00")], now: "2026-03-03 11:00",
             timer: .resolution, state: .atRisk, elapsed: 6 * hour, label: "!2:00"),
        Case(rule: "resolving late leaves the timer breached",
             history: [resolved("2026-03-03 12:00")], status: .resolved, now: "2026-03-05 10:00",
             timer: .resolution, state: .breached, elapsed: 10 * hour, label: "-2:00", due: "2026-03-03 10:00"),
        Case(rule: "24/7 runs through Saturday night", priority: .p1, created: "2026-03-07 23:00", now: "2026-03-08 02:00",
             timer: .resolution, state: .atRisk, elapsed: 3 * hour, label: "!1:00", due: "2026-03-08 03:00"),
        Case(rule: "24/7 first response breached hours ago", priority: .p1, created: "2026-03-07 23:00", status: .new,
             now: "2026-03-08 02:00", timer: .firstResponse, state: .breached, elapsed: 3 * hour, label: "-2:45"),
        Case(rule: "24/7 over the spring DST change counts real hours", priority: .p1, created: "2026-03-29 01:00",
             now: "2026-03-29 04:00", timer: .resolution, state: .ok, elapsed: 2 * hour, label: " 2:00", due: "2026-03-29 06:00"),
        Case(rule: "24/7 over the autumn DST change counts real hours", priority: .p1, created: "2026-10-25 01:00",
             now: "2026-10-25 03:00", timer: .resolution, state: .atRisk, elapsed: 3 * hour, label: "!1:00"),
        Case(rule: "office hours over the spring DST weekend", created: "2026-03-27 17:00", now: "2026-03-30 10:00",
             timer: .resolution, state: .ok, elapsed: 2 * hour, label: " 6:00"),
    ]

    @Test(arguments: cases)
    func timer(_ c: Case) {
        let t = ticket(c.priority, .advanced, created: madrid(c.created), status: c.status)
        let sla = SLAClock().evaluate(t, history: c.history, now: madrid(c.now))
        let timer = sla.timer(c.timer)
        #expect(timer.state == c.state)
        #expect(timer.elapsed == c.elapsed)
        #expect(timer.label == c.label)
        if let due = c.due { #expect(timer.due == madrid(due)) }
    }

    @Test("without history (an import) the ticket's status counts from its last update")
    func importedTicket() {
        var t = ticket(.p2, .advanced, created: madrid("2026-03-02 10:00"), status: .pendingVendor)
        t.updatedAt = madrid("2026-03-02 11:00")
        let sla = SLAClock().evaluate(t, history: [], now: madrid("2026-03-02 16:00"))
        #expect(sla.resolution.state == .paused)
        #expect(sla.resolution.elapsed == 1 * hour)
    }

    @Test("a paused timer has no due date until it resumes")
    func pausedHasNoDue() {
        let t = ticket(.p2, .advanced, created: madrid("2026-03-02 10:00"), status: .pendingCustomer)
        let sla = SLAClock().evaluate(t, history: [status("2026-03-02 11:00", .open, .pendingCustomer)], now: madrid("2026-03-02 12:00"))
        #expect(sla.resolution.due == nil)
        #expect(sla.resolution.remaining == 7 * hour)
    }

    @Test("the headline is the open timer with the least time left")
    func headline() {
        let t = ticket(.p2, .advanced, created: madrid("2026-03-02 10:00"), status: .new)
        let fresh = SLAClock().evaluate(t, history: [], now: madrid("2026-03-02 10:30"))
        #expect(fresh.headline.kind == .firstResponse)
        var done = t
        done.status = .resolved
        let closed = SLAClock().evaluate(done, history: [resolved("2026-03-02 10:45")], now: madrid("2026-03-03 10:30"))
        #expect(closed.headline.kind == .resolution)
        #expect(closed.headline.state == .met)
        #expect(!closed.isBreached && !closed.isAtRisk)
    }

    @Test("the attention timer: the headline when at risk or breached, else a timer that stopped late")
    func attention() {
        // First reply at 11:30 against a 1h target (30 minutes late), then waiting for the customer.
        let t = ticket(.p2, .advanced, created: madrid("2026-03-02 10:00"), status: .pendingCustomer)
        let history = [reply("2026-03-02 11:30"), status("2026-03-02 11:40", .open, .pendingCustomer)]
        let waiting = SLAClock().evaluate(t, history: history, now: madrid("2026-03-02 14:00"))
        #expect(waiting.headline.state == .paused)
        #expect(waiting.isBreached)
        #expect(waiting.attention.kind == .firstResponse)
        #expect(waiting.attention.label == "-0:30")

        // A running breach is the headline itself, and the same label as the queues show.
        let late = SLAClock().evaluate(ticket(.p2, .advanced, created: madrid("2026-03-02 10:00")), history: [],
                                       now: madrid("2026-03-02 11:12"))
        #expect(late.attention == late.headline)
        #expect(late.attention.label == "-0:12")
    }

    @Test("timers encode with snake_case keys, null where nothing applies, and their label")
    func json() throws {
        let t = ticket(.p2, .advanced, created: madrid("2026-03-02 10:00"), status: .new)
        let sla = SLAClock().evaluate(t, history: [], now: madrid("2026-03-02 10:50"))
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(sla)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let first = try #require(object["first_response"] as? [String: Any])
        #expect(first["state"] as? String == "at_risk")
        #expect(first["label"] as? String == "!0:10")
        #expect(first["is_open"] as? Bool == true)
        let next = try #require(object["next_update"] as? [String: Any])
        #expect(next["due"] is NSNull)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(TicketSLA.self, from: data) == sla)
    }

    @Test("a plan without update promises has no next-update timer")
    func noNextUpdate() {
        let t = ticket(.p4, .basic, created: madrid("2026-03-02 10:00"))
        let sla = SLAClock().evaluate(t, history: [reply("2026-03-02 10:10")], now: madrid("2026-03-02 12:00"))
        #expect(sla.nextUpdate.state == .notApplicable)
    }

    static let labels: [(TimeInterval, String)] = [
        (3 * hour + 10 * minute, "3:10"), (65 * minute, "1:05"), (59, "0:00"), (0, "0:00"),
        (2 * 86400 + 3 * hour + 59 * minute, "2d3h"), (86400, "1d0h"), (23 * hour + 59 * minute, "23:59"),
        (9 * 86400 + 23 * hour + 59 * minute, "9d23h"), (10 * 86400, "10d"), (41 * 86400 + 17 * hour, "41d"), (400 * 86400, "400d"),
    ]

    @Test("labels: h:mm below a day, NdNh from a day on, whole days from ten days on", arguments: labels)
    func clockLabel(seconds: TimeInterval, label: String) {
        #expect(SLATimer.clock(seconds) == label)
        // Signed, every label fits the lists' SLA column.
        #expect(("-" + label).count <= SLATimer.labelWidth)
    }

    @Test("a timer breached seconds ago reads -0:01, not -0:00: overdue time rounds up")
    func justBreached() {
        let timer = SLATimer(kind: .resolution, state: .breached, target: 3600, startedAt: nil, due: nil, elapsed: 3605, remaining: -5, isOpen: true)
        #expect(timer.label == "-0:01")
        let atRisk = SLATimer(kind: .resolution, state: .atRisk, target: 3600, startedAt: nil, due: nil, elapsed: 3559, remaining: 41, isOpen: true)
        #expect(atRisk.label == "!0:00")
        #expect(SLATimer.clock(61, rounding: .up) == "0:02")
    }
}
