import Foundation
import Testing
@testable import HelpDeskCore

/// A fortnight of a small desk, with every expected figure worked out by hand below.
///
/// `now` is Monday 2026-03-16 12:00 in Madrid; the period runs from 2026-03-02 00:00 to now.
///
/// | #  | pri | tier | state    | created      | resolved     | hours | FCR | escalated from | CSAT | SLA      | owner |
/// | -- | --- | ---- | -------- | ------------ | ------------ | ----- | --- | -------------- | ---- | -------- | ----- |
/// | 1  | P3  | L1   | resolved | 10 Mar 09:00 | 10 Mar 10:00 | 1     | yes |                | 5    |          | ana   |
/// | 2  | P3  | L1   | resolved | 10 Mar 10:00 | 10 Mar 13:00 | 3     | yes |                | 4    |          | ana   |
/// | 3  | P2  | L2   | resolved | 11 Mar 09:00 | 11 Mar 19:00 | 10    | no  | L1             | 3    |          | luis  |
/// | 4  | P1  | L3   | resolved | 11 Mar 09:00 | 13 Mar 09:00 | 48    | no  | L1, L2         | 2    | breached | pedro |
/// | 5  | P3  | L1   | resolved | 12 Mar 09:00 | 12 Mar 11:00 | 2     | no  |                |      |          | ana   |
/// | 6  | P2  | L2   | open     | 16 Mar 10:00 |              |       |     | L1             |      | at risk  | luis  |
/// | 7  | P3  | L1   | open     | 16 Mar 09:00 |              |       |     |                |      |          | ana   |
/// | 8  | P4  | L1   | open     | 15 Mar 20:00 |              |       |     |                |      |          |       |
/// | 9  | P2  | L1   | pending  | 14 Mar 12:00 |              |       |     |                |      | breached | ana   |
/// | 10 | P3  | L2   | open     | 1 Mar 12:00  |              |       |     | L1             |      | breached | luis  |
@Suite("Metrics on a hand-built fortnight")
struct MetricsTests {
    static let now = madrid("2026-03-16 12:00")
    static let from = madrid("2026-03-02 00:00")

    static func fact(_ id: Int64, _ p: Priority, _ tier: Tier, _ status: TicketStatus, created: String, resolved: String? = nil,
                     fcr: Bool = false, from escalated: Set<Tier> = [], csat: Int? = nil,
                     breached: Bool = false, atRisk: Bool = false, owner: String? = nil) -> TicketFacts {
        TicketFacts(id: id, priority: p, tier: tier, status: status, assignee: owner, createdAt: madrid(created),
                    resolvedAt: resolved.map(madrid), firstContactResolution: fcr, escalatedFrom: escalated,
                    csat: csat, slaBreached: breached, slaAtRisk: atRisk)
    }

    static let desk: [TicketFacts] = [
        fact(1, .p3, .l1, .resolved, created: "2026-03-10 09:00", resolved: "2026-03-10 10:00", fcr: true, csat: 5, owner: "ana"),
        fact(2, .p3, .l1, .closed, created: "2026-03-10 10:00", resolved: "2026-03-10 13:00", fcr: true, csat: 4, owner: "ana"),
        fact(3, .p2, .l2, .resolved, created: "2026-03-11 09:00", resolved: "2026-03-11 19:00", from: [.l1], csat: 3, owner: "luis"),
        fact(4, .p1, .l3, .closed, created: "2026-03-11 09:00", resolved: "2026-03-13 09:00", from: [.l1, .l2], csat: 2,
             breached: true, owner: "pedro"),
        fact(5, .p3, .l1, .resolved, created: "2026-03-12 09:00", resolved: "2026-03-12 11:00", owner: "ana"),
        fact(6, .p2, .l2, .open, created: "2026-03-16 10:00", from: [.l1], atRisk: true, owner: "luis"),
        fact(7, .p3, .l1, .open, created: "2026-03-16 09:00", owner: "ana"),
        fact(8, .p4, .l1, .new, created: "2026-03-15 20:00"),
        fact(9, .p2, .l1, .pendingCustomer, created: "2026-03-14 12:00", breached: true, owner: "ana"),
        fact(10, .p3, .l2, .open, created: "2026-03-01 12:00", from: [.l1], breached: true, owner: "luis"),
    ]

    let report = MetricsReport(facts: desk, from: from, to: now, now: now, timeZone: TimeZone(identifier: "Europe/Madrid")!)

    @Test("first-contact resolution: 2 of the 5 tickets resolved in the period")
    func fcr() {
        #expect(report.ticketsResolved == 5)
        #expect(report.firstContactResolutionRate == 0.4)
    }

    @Test("escalation: 3 of the 9 tickets created in the period (#10 predates it)")
    func escalation() {
        #expect(report.ticketsCreated == 9)
        #expect(report.escalationRate == 1.0 / 3)
        // L1: all 9 passed through, 3 left upwards. L2: #3, #4, #6 reached it, #4 left. L3: #4 stayed.
        #expect(report.escalationRateByTier == ["l1": 1.0 / 3, "l2": 1.0 / 3, "l3": 0])
    }

    @Test("time to resolve: hours 1, 3, 10, 48, 2 → mean 12.8, median 3")
    func mttr() {
        #expect(report.meanTimeToResolveHours == 12.8)
        #expect(report.medianTimeToResolveHours == 3)
        #expect(report.timeToResolveByTier.map(\.group) == ["l1", "l2", "l3"])
        #expect(report.timeToResolveByTier.map(\.meanHours) == [2, 10, 48])
        #expect(report.timeToResolveByTier.map(\.medianHours) == [2, 10, 48])
        #expect(report.timeToResolveByPriority.map(\.group) == ["P1", "P2", "P3"])
        #expect(report.timeToResolveByPriority.map(\.count) == [1, 1, 3])
    }

    @Test("backlog: #6 2h and #7 3h under 4h, #8 16h under a day, #9 48h under 3 days, #10 15 days older")
    func backlog() {
        #expect(report.backlogAge == BacklogAge(under4h: 2, under1d: 1, under3d: 1, older: 1))
        #expect(report.openByTier == TierCounts(l1: 3, l2: 2, l3: 0, external: 0))
    }

    @Test("SLA: #9 and #10 breached and open, #4 resolved late; #6 at risk")
    func sla() {
        #expect(report.slaBreached == 3)
        #expect(report.slaBreachedOpen == 2 && report.slaBreachedResolved == 1)
        #expect(report.slaAtRisk == 1)
    }

    @Test("CSAT: 5, 4, 3, 2 → 3.5; workload of open tickets, busiest first, ties by login")
    func csatAndWorkload() {
        #expect(report.csat == CSATSummary(scores: [5, 4, 3, 2]))
        #expect(report.csat.average == 3.5)
        #expect(report.csat.distribution == [0, 1, 1, 1, 1])
        #expect(report.workload == [AgentWorkload(login: "ana", open: 2), AgentWorkload(login: "luis", open: 2)])
    }

    @Test("trends: 14 local days ending today, gaps where there is no data")
    func trends() {
        let t = report.trends
        #expect(t.days.first?.description == "2026-03-03")
        #expect(t.days.last?.description == "2026-03-16")
        #expect(t.created == [0, 0, 0, 0, 0, 0, 0, 2, 2, 1, 0, 1, 1, 2])
        #expect(t.resolved == [0, 0, 0, 0, 0, 0, 0, 2, 1, 1, 1, 0, 0, 0])
        #expect(t.firstContactResolutionRate[7] == 1.0)
        #expect(t.firstContactResolutionRate[8] == 0.0)
        #expect(t.firstContactResolutionRate[0] == nil)
        #expect(t.escalationRate[8] == 1.0)
        #expect(t.escalationRate[13] == 0.5)
        #expect(t.csatAverage[7] == 4.5)
    }

    @Test("report --json has the keys scripts rely on, null when there is no data")
    func json() throws {
        let empty = MetricsReport(facts: [], from: Self.from, to: Self.now, now: Self.now, timeZone: .gmt)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(empty)) as? [String: Any])
        for key in ["first_contact_resolution_rate", "escalation_rate", "open_by_tier", "sla_breached", "mean_time_to_resolve_hours"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["first_contact_resolution_rate"] is NSNull)
        let full = try #require(try JSONSerialization.jsonObject(with: encoder.encode(report)) as? [String: Any])
        #expect((full["open_by_tier"] as? [String: Int]) == ["l1": 3, "l2": 2, "l3": 0, "external": 0])
        #expect(full["mean_time_to_resolve_hours"] as? Double == 12.8)
        let back = try JSONDecoder.iso.decode(MetricsReport.self, from: encoder.encode(report))
        #expect(back.trends == report.trends)
        #expect(back.firstContactResolutionRate == report.firstContactResolutionRate)
    }

    @Test("report --csv: one figure per row, blanks where there is no data")
    func csv() {
        let lines = report.csv.split(separator: "\n").map(String.init)
        #expect(lines.first == "metric,group,value")
        #expect(lines.contains("first_contact_resolution_rate,,0.4"))
        #expect(lines.contains("escalation_rate,l1,0.3333"))
        #expect(lines.contains("open,l1,3"))
        #expect(lines.contains("mean_time_to_resolve_hours,,12.8"))
        #expect(lines.contains("backlog_age,<4h,2"))
        #expect(lines.contains("open_assigned,ana,2"))
        let empty = MetricsReport(facts: [], from: Self.from, to: Self.now, now: Self.now, timeZone: .gmt)
        #expect(empty.csv.split(separator: "\n").contains("csat_average,,"))
    }

    @Test("facts from a ticket's history")
    func factsFromHistory() {
        var t = ticket(.p2, .advanced, created: madrid("2026-03-02 10:00"), status: .open, tier: .l3)
        t.assignee = "marta"
        let history = [escalated("2026-03-02 11:00", .l1, .l2), escalated("2026-03-02 12:00", .l2, .l3)]
        let f = TicketFacts(ticket: t, history: history)
        #expect(f.escalatedFrom == [.l1, .l2])
        #expect(f.tiersVisited == [.l1, .l2, .l3])
        #expect(f.resolvedAt == nil)
    }
}

@Suite("Sparklines and bars")
struct SparklineTests {
    @Test("values scale onto eight blocks; gaps stay blank")
    func sparkline() {
        #expect(Sparkline.render([0, 0.5, 1], range: 0...1) == "▁▅█")
        #expect(Sparkline.render([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.render([0.2, nil, 0.9], range: 0...1) == "▂ ▇")
        #expect(Sparkline.render([3, 3, 3].map(Double.init)) == "▁▁▁")
        #expect(Sparkline.render([nil, nil]) == "  ")
    }

    @Test("bars never hide a non-zero value")
    func bars() {
        #expect(Sparkline.bar(31, of: 31, width: 12) == String(repeating: "█", count: 12))
        #expect(Sparkline.bar(1, of: 100, width: 12) == "█")
        #expect(Sparkline.bar(0, of: 5, width: 12) == "")
    }
}

extension JSONDecoder {
    static var iso: JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }
}
