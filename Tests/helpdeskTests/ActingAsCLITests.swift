import Foundation
import Testing

/// `--as LOGIN`: "allowed when the OS login is an admin agent, when the database has no admin
/// yet, and on demo databases"; refused otherwise with 77, whatever the command does.
@Suite("CLI: --as and the OS login", .serialized)
struct ActingAsCLITests {
    let cli = CLIRunner()

    /// root (the runner's OS login) is the admin; ana works L1, luis L2, sofia supervises.
    init() throws {
        for (login, role) in [("root", "admin"), ("ana", "l1"), ("luis", "l2"), ("sofia", "supervisor")] {
            let r = try cli.run(["agent", "add", login, "--name", login.capitalized, "--role", role])
            #expect(r.status == 0, "\(r.stderr)")
        }
        _ = try cli.json(["--as", "ana", "ticket", "new", "--subject", "Printer", "--requester", "marta"])
    }

    /// The same desk, with another OS login.
    func loggedIn(as login: String) -> CLIRunner {
        var other = cli
        other.environment["USER"] = login
        return other
    }

    static let commands: [[String]] = [
        ["ticket", "list"], ["ticket", "show", "1"], ["agent", "list"], ["kb", "search", "impresora"],
        ["report"], ["ticket", "note", "1", "seen"], ["ticket", "take", "1"],
    ]

    @Test("an L1 or a supervisor OS login cannot use --as, not even to read: 77, one line, nothing on stdout",
          arguments: commands)
    func refused(_ command: [String]) throws {
        for login in ["ana", "sofia", "stranger"] {
            let r = try loggedIn(as: login).run(["--as", "luis"] + command + ["--json"])
            #expect(r.status == 77, "\(login): \(r.stderr)")
            #expect(r.stdout.isEmpty && r.stderr.hasPrefix("helpdesk: --as is only for admins"), "\(login): \(r.stderr)")
        }
    }

    /// A reading command used to answer as if a mistyped `--as` were right; only changes
    /// noticed (at `actor()`).
    @Test("--as a login that is no agent is refused on every command, reading ones too: 77, one line",
          arguments: commands)
    func unknownLogin(_ command: [String]) throws {
        let r = try cli.run(["--as", "lusi"] + command + ["--json"])
        #expect(r.status == 77, "\(r.stderr)")
        #expect(r.stdout.isEmpty && r.stderr == "helpdesk: no agent with login \"lusi\"; add one with `helpdesk agent add lusi --name NAME --role ROLE`\n",
                "\(r.stderr)")
        let gaps = try cli.json(["kb", "gaps"])
        #expect(gaps["gap_searches"] as? Int == 0)
    }

    @Test("a refused --as on kb search records no search gap under the other name")
    func noGapUnderAnotherName() throws {
        _ = try loggedIn(as: "ana").run(["--as", "luis", "kb", "search", "firma digital"])
        let gaps = try cli.json(["kb", "gaps"])
        #expect(gaps["gap_searches"] as? Int == 0)
    }

    @Test("the same commands work as the OS login, and with --as for the admin")
    func allowed() throws {
        for command in Self.commands.prefix(5) {
            #expect(try loggedIn(as: "ana").run(command).status == 0, "\(command)")
            #expect(try cli.run(["--as", "ana"] + command).status == 0, "\(command)")
        }
    }

    @Test("before there is an admin anyone may use --as, so the first agents can be set up")
    func noAdminYet() throws {
        var fresh = CLIRunner()
        fresh.environment["USER"] = "bob"
        #expect(try fresh.run(["agent", "add", "ana", "--name", "Ana", "--role", "l1"]).status == 0)
        let created = try fresh.run(["--as", "ana", "ticket", "new", "--subject", "s", "--requester", "r", "--json"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(try fresh.run(["--as", "ana", "ticket", "list"]).status == 0)
        #expect(try fresh.run(["agent", "add", "bob", "--name", "Bob", "--role", "admin"]).status == 0)
        fresh.environment["USER"] = "carl"
        #expect(try fresh.run(["--as", "ana", "ticket", "list"]).status == 77)
    }

    @Test("on a demo database anyone may use --as")
    func demo() throws {
        let demo = cli.folder.appendingPathComponent("demo.sqlite").path
        #expect(try cli.run(["demo", "--no-tui", "--tickets", "20", "--articles", "4", "--db", demo]).status == 0)
        let stranger = loggedIn(as: "stranger")
        #expect(try stranger.run(["--db", demo, "--as", "luis", "ticket", "list", "--tier", "l2"]).status == 0)
        let mine = try stranger.run(["--db", demo, "--as", "sofia", "ticket", "note", "1", "seen", "--json"])
        #expect(mine.status == 0, "\(mine.stderr)")
        let events = try stranger.json(["--db", demo, "ticket", "show", "1"])["events"] as? [[String: Any]] ?? []
        #expect(events.last?["actor"] as? String == "sofia")
    }
}
