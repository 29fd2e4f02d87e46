import Foundation
import Testing

/// Many technicians and crashes: the file must never lose or half-apply work.
@Suite("CLI: reliability under load and crashes", .serialized)
struct ReliabilityCLITests {
    static func setUp(_ cli: CLIRunner, tickets: Int) throws {
        var script = """
            agent add ana --name Ana --role l1
            agent add jon --name Jon --role l1
            agent add luis --name Luis --role l2 --area network
            agent add pedro --name Pedro --role l2 --area network
            agent add sofia --name Sofia --role supervisor

            """
        for i in 0..<tickets { script += "ticket new --as ana --subject \"seed \(i)\" --requester r\(i % 7)\n" }
        let r = try cli.run(["batch"], stdin: script)
        #expect(r.status == 0, "\(r.stderr)")
    }

    /// Starts `helpdesk batch --keep-going --json` with `script`; returns the process and its pipes.
    static func start(_ cli: CLIRunner, _ script: String) throws -> (Process, Pipe, Pipe) {
        let p = Process()
        p.executableURL = CLIRunner.binary
        p.arguments = ["batch", "--keep-going", "--json"]
        p.environment = cli.environment
        let input = Pipe(), out = Pipe(), err = Pipe()
        p.standardInput = input
        p.standardOutput = out
        p.standardError = err
        try p.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        return (p, out, err)
    }

    /// Every ticket with its history, read through one `batch` process.
    static func showAll(_ cli: CLIRunner) throws -> [[String: Any]] {
        let list = try cli.run(["ticket", "list", "--limit", "10000", "--json"]).json() as? [[String: Any]] ?? []
        let script = list.map { "ticket show \($0["id"] as! Int)" }.joined(separator: "\n") + "\n"
        let r = try cli.run(["batch", "--json"], stdin: script)
        #expect(r.status == 0, "\(r.stderr)")
        return try r.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }

    /// Every ticket's row agrees with its history: one event per change, tier and status as the
    /// events say. A half-applied escalation or resolution would break one of these.
    static func checkConsistency(_ cli: CLIRunner) throws {
        let tickets = try showAll(cli)
        #expect(!tickets.isEmpty)
        for t in tickets {
            let id = t["id"] as? Int ?? 0
            let events = t["events"] as? [[String: Any]] ?? []
            #expect(t["version"] as? Int == events.count, "#\(id): version \(t["version"] ?? "?") vs \(events.count) events")
            let lastMove = events.last { ["escalated", "deescalated"].contains($0["type"] as? String ?? "") }
            let tier = (lastMove?["to_tier"] as? String) ?? "l1"
            #expect(t["tier"] as? String == tier, "#\(id): tier \(t["tier"] ?? "?") but history says \(tier)")
            let resolvedEvents = events.filter { $0["type"] as? String == "resolved" }.count
            let reopened = events.filter { $0["type"] as? String == "reopened" }.count
            let isDone = ["resolved", "closed"].contains(t["status"] as? String ?? "")
            #expect(isDone == (resolvedEvents > reopened), "#\(id): status \(t["status"] ?? "?") vs history")
        }
    }

    @Test("20 processes × 200 mixed operations: every success recorded once, every refusal clear, file intact")
    func twentyTechnicians() throws {
        let cli = CLIRunner()
        try Self.setUp(cli, tickets: 40)
        let people = ["ana", "jon", "luis", "pedro", "sofia"]
        var rng = SystemRandomNumberGenerator()
        var scripts: [[String]] = []
        for p in 0..<20 {
            var lines: [String] = []
            for op in 0..<200 {
                let who = people[(p + op) % people.count]
                let id = Int.random(in: 1...40, using: &rng)
                switch op % 6 {
                case 0: lines.append("ticket new --as \(who) --subject \"p\(p)-op\(op)\" --requester r")
                case 1: lines.append("ticket take \(id) --as \(who)")
                case 2: lines.append("ticket comment \(id) \"reply p\(p)-op\(op)\" --as \(who)")
                case 3: lines.append("ticket escalate \(id) --to l2 --area network --reason r --tried \"tried p\(p)-op\(op)\" --as \(who)")
                case 4: lines.append("ticket note \(id) \"note p\(p)-op\(op)\" --as \(who)")
                default: lines.append("ticket resolve \(id) --resolution \"fixed p\(p)-op\(op)\" --as \(who)")
                }
            }
            scripts.append(lines)
        }
        let running = try scripts.map { try Self.start(cli, $0.joined(separator: "\n") + "\n") }
        var succeeded: [String] = []
        for (index, (process, out, err)) in running.enumerated() {
            _ = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(!stderr.lowercased().contains("database is locked"), "process \(index) saw a raw lock error")
            var failed = Set<Int>()
            for line in stderr.split(separator: "\n") {
                #expect(line.hasPrefix("helpdesk: line "), "unclear error: \(line)")
                if let n = line.dropFirst("helpdesk: line ".count).split(separator: ":").first.flatMap({ Int($0) }) { failed.insert(n) }
                #expect(!line.contains("SQLITE") && !line.contains("GRDB"), "raw error: \(line)")
            }
            for (n, line) in scripts[index].enumerated() where !failed.contains(n + 1) { succeeded.append(line) }
        }
        #expect(try cli.run(["db", "check"]).status == 0)
        // Every reported success is in the database exactly once.
        let all = try Self.showAll(cli)
        let subjects = all.compactMap { $0["subject"] as? String }
        var texts: [String: Int] = [:]
        for shown in all {
            for e in shown["events"] as? [[String: Any]] ?? [] {
                for key in ["text", "tried"] { if let s = e[key] as? String { texts[s, default: 0] += 1 } }
            }
        }
        for line in succeeded {
            if let marker = line.firstMatch(of: /"((?:p|reply p|note p|tried p|fixed p)\d+-op\d+)"/)?.1 {
                let m = String(marker)
                let count = m.hasPrefix("p") && line.contains("ticket new") ? subjects.filter { $0 == m }.count : texts[m, default: 0]
                #expect(count == 1, "\(line) succeeded but is recorded \(count) times")
            }
        }
        try Self.checkConsistency(cli)
    }

    @Test("writers killed with SIGKILL 50 times: the file always opens, passes the check, nothing half-applied")
    func killedWriters() throws {
        let cli = CLIRunner()
        try Self.setUp(cli, tickets: 30)
        var rng = SystemRandomNumberGenerator()
        for round in 0..<50 {
            var script = ""
            for id in 1...30 {
                script += "ticket take \(id) --as ana\n"
                script += "ticket escalate \(id) --to l2 --area network --reason \"round \(round)\" --tried restart --as ana\n"
                script += "ticket take \(id) --as luis\n"
                script += "ticket resolve \(id) --resolution \"round \(round)\" --as luis\n"
                script += "ticket reopen \(id) --as ana\n"
                script += "ticket deescalate \(id) --note \"round \(round)\" --as luis\n"
            }
            let (process, out, err) = try Self.start(cli, script)
            usleep(UInt32.random(in: 20_000...250_000, using: &rng))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            _ = out.fileHandleForReading.readDataToEndOfFile()
            _ = err.fileHandleForReading.readDataToEndOfFile()
            let check = try cli.run(["db", "check"])
            #expect(check.status == 0, "round \(round): \(check.stdout) \(check.stderr)")
        }
        try Self.checkConsistency(cli)
    }
}
