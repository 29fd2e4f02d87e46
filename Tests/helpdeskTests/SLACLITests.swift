import Foundation
import HelpDeskCore
import HelpDeskStore
import Testing

/// Builds a database in the past through the store (the CLI always acts at the real time),
/// then drives the built binary on it.
enum PastDesk {
    static let agents = [
        Agent(login: "root", name: "Root", role: .admin),
        Agent(login: "ana", name: "Ana", role: .l1),
        Agent(login: "luis", name: "Luis", role: .l2, areas: ["network"]),
        Agent(login: "pedro", name: "Pedro", role: .l2, areas: ["network"]),
    ]

    static func open(_ cli: CLIRunner) throws -> AppDatabase {
        let db = try AppDatabase.open(path: cli.database)
        for a in agents { try db.saveAgent(a) }
        return db
    }

    static func at(_ iso: String) -> Date {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: iso)!
    }
}

@Suite("CLI: sla commands", .serialized)
struct SLACLITests {
    @Test("two `sla run` processes at once on breached tickets: each action exactly once")
    func concurrentRuns() throws {
        let cli = CLIRunner()
        let db = try PastDesk.open(cli)
        let ana = PastDesk.agents[1]
        let twoWeeksAgo = Date().addingTimeInterval(-14 * 86400)
        // P1, P2 (auto-escalating in the built-in policies) and P3 tickets, all long overdue.
        let kinds: [(Impact, Urgency, escalates: Bool)] = [(.high, .high, true), (.high, .medium, true), (.medium, .medium, false)]
        var tickets: [(id: Int64, escalates: Bool)] = []
        for i in 0..<9 {
            let k = kinds[i % 3]
            let t = try db.createTicket(NewTicket(subject: "overdue \(i)", requester: "r", category: "network", impact: k.0, urgency: k.1),
                                        by: ana, now: twoWeeksAgo)
            tickets.append((t.id, k.escalates))
        }

        let runs = try (0..<2).map { _ -> (Process, Pipe) in
            let p = Process()
            p.executableURL = CLIRunner.binary
            p.arguments = ["sla", "run", "--json"]
            p.environment = cli.environment
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            return (p, out)
        }
        var actions = 0
        for (p, out) in runs {
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
            let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            actions += (json["actions"] as? [Any])?.count ?? -100
        }
        // Two breaches (first response, resolution) per ticket, plus 6 escalations.
        #expect(actions == 9 * 2 + 6)

        for t in tickets {
            let shown = try cli.json(["ticket", "show", "\(t.id)"])
            let events = shown["events"] as? [[String: Any]] ?? []
            let breaches = events.filter { $0["type"] as? String == "sla_breached" }
            #expect(breaches.compactMap { $0["reason"] as? String }.sorted() == ["first_response", "resolution"])
            #expect(breaches.allSatisfy { $0["actor"] as? String == "sla" })
            let escalations = events.filter { $0["type"] as? String == "escalated" }
            #expect(escalations.count == (t.escalates ? 1 : 0))
            if t.escalates {
                #expect(shown["tier"] as? String == "l2")
                #expect(escalations.first?["actor"] as? String == "sla")
                #expect(escalations.first?["to_tier"] as? String == "l2")
                #expect(["luis", "pedro"].contains(shown["assignee"] as? String ?? ""))
            }
            let sla = shown["sla"] as? [String: Any] ?? [:]
            let resolution = sla["resolution"] as? [String: Any] ?? [:]
            #expect(resolution["state"] as? String == "breached")
            #expect((resolution["label"] as? String)?.hasPrefix("-") == true)
            #expect(resolution["due"] is String && resolution["remaining"] is Double)
        }
        // Escalations were spread by load: three each.
        let l2 = try cli.run(["ticket", "list", "--tier", "l2", "--json"]).json() as? [[String: Any]] ?? []
        #expect(l2.filter { $0["assignee"] as? String == "luis" }.count == 3)
        let again = try cli.json(["sla", "run"])
        #expect((again["actions"] as? [Any])?.isEmpty == true)
        #expect(try cli.run(["db", "check"]).status == 0)
        let list = try cli.run(["ticket", "list"])
        #expect(list.stdout.contains("SLA") && list.stdout.contains("-"))
    }

    /// The contract: every error is one line on stderr. Both used to print one stderr line per
    /// mistake; `check` now reports them on stdout, as `theme check` and `db check` do.
    @Test("a file with many mistakes: check lists each on stdout, import refuses on one stderr line; both 65")
    func manyMistakesOneLine() throws {
        let cli = CLIRunner()
        let bad = cli.folder.appendingPathComponent("bad.toml")
        try "calendar = \"office\"\n[policies.P9]\nx = 1\n[policies.P8]\n[policies.P7]\n[policies.P6]\n[policies.P5]\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let checked = try cli.run(["sla", "check", bad.path])
        #expect(checked.status == 65 && checked.stdout.split(separator: "\n").count == 6, "\(checked.stdout)")
        #expect(checked.stderr == "helpdesk: 6 error(s) in \(bad.path)\n", "\(checked.stderr)")
        let refused = try cli.run(["sla", "import", bad.path])
        #expect(refused.status == 65 && refused.stdout.isEmpty)
        #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
        #expect(refused.stderr.hasPrefix("helpdesk: \(bad.path):1:1: unknown key \"calendar\""), "\(refused.stderr)")
        #expect(refused.stderr.hasSuffix("(and 1 more; `helpdesk sla check \(bad.path)` lists every one); nothing was imported\n"),
                "\(refused.stderr)")
    }

    @Test("import: line-numbered errors exit 65, a missing file 66, a good file is used everywhere")
    func importAndShow() throws {
        let cli = CLIRunner()
        _ = try PastDesk.open(cli)
        let bad = cli.folder.appendingPathComponent("bad.toml")
        try "at_risk_threshold = 0.75\n\n[policies.P1]\nbasic = { first_response = \"soon\", resolution = \"8h\" }\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let refused = try cli.run(["sla", "import", bad.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("bad.toml:4:"), "\(refused.stderr)")
        let checked = try cli.run(["sla", "check", bad.path])
        #expect(checked.status == 65 && checked.stdout.contains("bad.toml:4:"))
        let broken = cli.folder.appendingPathComponent("broken.toml")
        try "at_risk_threshold = 0.75\n[policies.P1\n".write(to: broken, atomically: true, encoding: .utf8)
        #expect(try cli.run(["sla", "check", broken.path]).stdout.contains("broken.toml:2:"))
        #expect(try cli.run(["sla", "import", cli.folder.appendingPathComponent("none.toml").path]).status == 66)

        let good = cli.folder.appendingPathComponent("sla.toml")
        try "[policies.P4]\nbasic = { first_response = \"12h\" }\n".write(to: good, atomically: true, encoding: .utf8)
        #expect(try cli.run(["sla", "check", good.path]).status == 0)
        #expect(try cli.run(["--as", "ana", "sla", "import", good.path]).status == 77)
        let imported = try cli.run(["sla", "import", good.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let show = try cli.json(["sla", "show"])
        #expect((show["source"] as? String)?.contains("imported from") == true)
        let p4 = (show["policies"] as? [[String: Any]] ?? []).first { $0["priority"] as? String == "P4" && $0["plan"] as? String == "basic" }
        #expect(p4?["first_response"] as? Double == 43_200.0)
        let export = try cli.run(["sla", "export"])
        #expect(export.stdout.contains("first_response = \"12h\""))
        // The ticket's timers now run on the imported policy.
        let t = try cli.json(["ticket", "new", "--subject", "low", "--requester", "r", "--impact", "low", "--urgency", "low"])
        let shown = try cli.json(["ticket", "show", "\(t["id"] as? Int ?? 0)"])
        let first = (shown["sla"] as? [String: Any])?["first_response"] as? [String: Any]
        #expect(first?["target"] as? Double == 43_200.0)
    }
}
