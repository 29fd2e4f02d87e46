import Foundation
import Testing

@Suite("CLI: ticket workflow end to end", .serialized)
struct TicketWorkflowCLITests {
    let cli = CLIRunner()

    init() throws {
        try cli.run(["init"])
        for (login, role, area) in [("ana", "l1", "access"), ("luis", "l2", "network"), ("elena", "l3", "network"), ("sofia", "supervisor", "")] {
            var args = ["agent", "add", login, "--name", login.capitalized, "--role", role]
            if !area.isEmpty { args += ["--area", area] }
            let r = try cli.run(args)
            #expect(r.status == 0, "\(r.stderr)")
        }
    }

    @Test("create → take → escalate → take at L2 → resolve → close, seen through ticket show --json")
    func fullLife() throws {
        let created = try cli.json(["--as", "ana", "ticket", "new", "--subject", "No puedo conectarme a la VPN",
                                    "--requester", "marta@contoso.example", "--impact", "high", "--urgency", "high"])
        let id = "\(created["id"] as! Int)"
        #expect(created["priority"] as? String == "P1")
        #expect(created["tier"] as? String == "l1")
        #expect(created["status"] as? String == "new")
        #expect(created["assignee"] is NSNull)
        _ = try cli.json(["--as", "ana", "ticket", "take", id])
        let escalated = try cli.json(["--as", "ana", "ticket", "escalate", id, "--to", "l2", "--area", "network",
                                      "--reason", "certificate expired", "--tried", "restarted the client"])
        #expect(escalated["tier"] as? String == "l2")
        _ = try cli.json(["--as", "luis", "ticket", "take", id])
        let resolved = try cli.json(["--as", "luis", "ticket", "resolve", id, "--resolution", "renewed the certificate"])
        #expect(resolved["status"] as? String == "resolved")
        #expect(resolved["first_contact_resolution"] as? Bool == false)
        _ = try cli.json(["--as", "luis", "ticket", "close", id, "--csat", "5"])

        let shown = try cli.json(["ticket", "show", id])
        #expect(shown["status"] as? String == "closed")
        #expect(shown["assignee"] as? String == "luis")
        let events = shown["events"] as? [[String: Any]] ?? []
        #expect(events.map { $0["type"] as? String ?? "" } == ["created", "taken", "escalated", "taken", "resolved", "closed"])
        #expect(events.allSatisfy { $0["at"] is String && $0["actor"] is String })
        #expect(events[2]["tried"] as? String == "restarted the client")
    }

    @Test("resolved at first contact by L1 is flagged")
    func firstContact() throws {
        let id = "\(try cli.json(["--as", "ana", "ticket", "new", "--subject", "Reset password", "--requester", "j.smith"])["id"] as! Int)"
        _ = try cli.json(["--as", "ana", "ticket", "take", id])
        let resolved = try cli.json(["--as", "ana", "ticket", "resolve", id, "--resolution", "reset"])
        #expect(resolved["first_contact_resolution"] as? Bool == true)
    }

    struct BadInput: Sendable, CustomStringConvertible {
        var arguments: [String]
        var status: Int32
        var message: String
        var description: String { arguments.joined(separator: " ") }
    }

    static let badInputs: [BadInput] = [
        BadInput(arguments: ["--as", "ana", "ticket", "new", "--subject", "", "--requester", "x"], status: 65, message: "subject"),
        BadInput(arguments: ["--as", "ana", "ticket", "new", "--requester", "x"], status: 64, message: "--subject"),
        BadInput(arguments: ["ticket", "status", "1", "bogus"], status: 64, message: "bogus"),
        BadInput(arguments: ["--as", "ana", "ticket", "escalate", "1", "--to", "l2", "--reason", "r"], status: 64, message: "--tried"),
        BadInput(arguments: ["--as", "ana", "ticket", "escalate", "1", "--to", "l2", "--reason", "r", "--tried", " "], status: 65, message: "tried"),
        BadInput(arguments: ["ticket", "show", "99999"], status: 65, message: "no ticket #99999"),
        BadInput(arguments: ["--as", "ana", "ticket", "take", "99999"], status: 65, message: "no ticket #99999"),
        BadInput(arguments: ["--as", "ana", "ticket", "close", "1"], status: 65, message: "resolve it first"),
        BadInput(arguments: ["--as", "ana", "ticket", "new", "--subject", "x", "--requester", "y", "--description-file", "/nonexistent"], status: 66, message: "no such file"),
        BadInput(arguments: ["--as", "nobody", "ticket", "take", "1"], status: 77, message: "nobody"),
        BadInput(arguments: ["ticket", "list", "--bogus-option"], status: 64, message: "bogus"),
    ]

    @Test("bad input: one clear line, the documented exit code, the database unchanged", arguments: badInputs)
    func badInput(_ c: BadInput) throws {
        _ = try cli.json(["--as", "ana", "ticket", "new", "--subject", "Existing", "--requester", "x"])
        let before = try cli.fingerprint()
        let r = try cli.run(c.arguments)
        #expect(r.status == c.status, "stderr: \(r.stderr)")
        #expect(r.stderr.contains(c.message), "stderr: \(r.stderr)")
        #expect(try cli.fingerprint() == before)
    }

    @Test("L1 cannot take an L2 ticket: exit 77 with the reason")
    func roleRefusal() throws {
        let id = "\(try cli.json(["--as", "ana", "ticket", "new", "--subject", "Switch down", "--requester", "x"])["id"] as! Int)"
        _ = try cli.json(["--as", "ana", "ticket", "escalate", id, "--to", "l2", "--reason", "r", "--tried", "t"])
        let r = try cli.run(["--as", "ana", "ticket", "take", id])
        #expect(r.status == 77)
        #expect(r.stderr.contains("L2 queue"))
    }

    @Test("global options work before and after the subcommand")
    func globalOptionPlacement() throws {
        let a = try cli.run(["--db", cli.database, "agent", "list", "--json"])
        let b = try cli.run(["agent", "list", "--db", cli.database, "--json"])
        #expect(a.status == 0 && a.stdout == b.stdout)
    }
}
