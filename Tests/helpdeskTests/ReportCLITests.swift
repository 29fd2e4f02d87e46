import Foundation
import HelpDeskCore
import HelpDeskStore
import Testing

@Suite("CLI: report", .serialized)
struct ReportCLITests {
    /// Three tickets in March 2026 (UTC), built-in policies (office hours in Madrid, basic plan):
    /// - #1 created 03-02 09:00, taken and resolved by ana at 12:00 (first contact, 3 h), CSAT 5;
    /// - #2 created 03-03 09:00, escalated at 10:00 to L2, resolved by the specialist 03-04 12:00
    ///   (27 h), CSAT 3; its first reply came after 11 business hours of an 8-hour target: breached;
    /// - #3 created 03-05 09:00, still open at L1 (and months late now).
    func desk() throws -> CLIRunner {
        var cli = CLIRunner()
        cli.environment["TZ"] = "UTC"
        let db = try PastDesk.open(cli)
        let ana = PastDesk.agents[1]
        let one = try db.createTicket(NewTicket(subject: "one", requester: "r"), by: ana, now: PastDesk.at("2026-03-02T09:00:00Z"))
        _ = try db.perform(.take, on: one.id, expectedVersion: nil, by: ana, now: PastDesk.at("2026-03-02T09:00:00Z"))
        _ = try db.perform(.resolve(resolution: "ok", articleID: nil), on: one.id, expectedVersion: nil, by: ana, now: PastDesk.at("2026-03-02T12:00:00Z"))
        _ = try db.perform(.close(csat: 5), on: one.id, expectedVersion: nil, by: ana, now: PastDesk.at("2026-03-02T13:00:00Z"))
        let two = try db.createTicket(NewTicket(subject: "two", requester: "r", category: "network"), by: ana, now: PastDesk.at("2026-03-03T09:00:00Z"))
        let escalated = try db.perform(.escalate(Escalation(target: .tier(.l2), area: "network", reason: "routing", tried: "reboot")),
                                       on: two.id, expectedVersion: nil, by: ana, now: PastDesk.at("2026-03-03T10:00:00Z"))
        let specialist = try #require(try db.agent(login: escalated.assignee ?? ""))
        _ = try db.perform(.resolve(resolution: "fixed", articleID: nil), on: two.id, expectedVersion: nil, by: specialist, now: PastDesk.at("2026-03-04T12:00:00Z"))
        _ = try db.perform(.close(csat: 3), on: two.id, expectedVersion: nil, by: specialist, now: PastDesk.at("2026-03-04T13:00:00Z"))
        _ = try db.createTicket(NewTicket(subject: "three", requester: "r"), by: ana, now: PastDesk.at("2026-03-05T09:00:00Z"))
        return cli
    }

    @Test("report --json: the contract's keys with the figures worked out by hand")
    func json() throws {
        let cli = try desk()
        let r = try cli.json(["report", "--from", "2026-03-01", "--to", "2026-03-07"])
        #expect(r["tickets_created"] as? Int == 3)
        #expect(r["tickets_resolved"] as? Int == 2)
        #expect(r["first_contact_resolution_rate"] as? Double == 0.5)
        let escalation = try #require(r["escalation_rate"] as? Double)
        #expect(abs(escalation - 1.0 / 3) < 1e-9)
        #expect(r["open_by_tier"] as? [String: Int] == ["l1": 1, "l2": 0, "l3": 0, "external": 0])
        #expect(r["sla_breached"] as? Int == 2)          // #3 open and late, #2 answered late
        #expect(r["sla_breached_open"] as? Int == 1 && r["sla_breached_resolved"] as? Int == 1)
        let mean = try #require(r["mean_time_to_resolve_hours"] as? Double)
        #expect(abs(mean - 15) < 1e-6)                  // (3 + 27) / 2
        #expect(abs((r["median_time_to_resolve_hours"] as? Double ?? 0) - 15) < 1e-6)
        let csat = r["csat"] as? [String: Any] ?? [:]
        #expect(csat["average"] as? Double == 4 && csat["distribution"] as? [Int] == [0, 0, 1, 0, 1])
        #expect(r["period_from"] as? String == "2026-03-01T00:00:00Z" && r["period_to"] as? String == "2026-03-08T00:00:00Z")
        let trends = r["trends"] as? [String: Any] ?? [:]
        #expect((trends["days"] as? [String])?.last == "2026-03-07")
        #expect((trends["created"] as? [Int])?.suffix(6) == [1, 1, 0, 1, 0, 0])
    }

    @Test("report --csv starts with its header; the table names the figures; bad dates are usage errors")
    func csvAndText() throws {
        let cli = try desk()
        let csv = try cli.run(["report", "--from", "2026-03-01", "--to", "2026-03-07", "--csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("metric,group,value\n"))
        #expect(csv.stdout.contains("\nsla_breached,,2\n"))
        #expect(csv.stdout.contains("\nfirst_contact_resolution_rate,,0.5\n"))
        let text = try cli.run(["report", "--from", "2026-03-01", "--to", "2026-03-07"])
        #expect(text.status == 0 && text.stdout.contains("First-contact resolution") && text.stdout.contains("50.0 %"))
        #expect(try cli.run(["report", "--from", "March"]).status == 64)
        #expect(try cli.run(["report", "--from", "2026-03-07", "--to", "2026-03-01"]).status == 64)
        #expect(try cli.run(["report", "--from", "2026-02-30"]).status == 64)
    }

    @Test("periods: --to 9999-12-31 still counts today's tickets; a --from after today or year 0 is a usage error")
    func periodEdges() throws {
        let cli = try desk()
        let open = try cli.json(["report", "--from", "2026-03-01", "--to", "9999-12-31"])
        #expect(open["tickets_created"] as? Int == 3 && open["tickets_resolved"] as? Int == 2)
        // Without --to the period ends today: a --from in the future is upside down, not empty.
        let future = try cli.run(["report", "--from", "2999-01-01"])
        #expect(future.status == 64 && future.stdout.isEmpty)
        #expect(future.stderr.contains("--from (2999-01-01) is after today"))
        #expect(future.stderr.split(separator: "\n").count == 1)
        let yearZero = try cli.run(["report", "--from", "0000-01-01", "--to", "2026-03-07"])
        #expect(yearZero.status == 64 && yearZero.stderr.contains("from 0001-01-01 on"))
        #expect(try cli.run(["kb", "gaps", "--from", "2999-01-01"]).status == 64)
    }

    @Test("a --from after today without --to is a usage error, as with an earlier --to (report and kb gaps)")
    func fromInTheFuture() throws {
        let cli = CLIRunner()
        for command in ["report", "kb gaps"] {
            let r = try cli.run(command.split(separator: " ").map(String.init) + ["--from", "9999-12-31"])
            #expect(r.status == 64, "\(command): \(r.stderr)")
            #expect(r.stderr.contains("--from (9999-12-31) is after today"), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        #expect(try cli.run(["report", "--from", "2020-01-01"]).status == 0)
    }
}
