import Foundation
import Testing

/// `helpdesk agent shift LOGIN on|off`: the agent themself, supervisors and admins; logged;
/// seen by `agent list`, the auto-assigner and `report --json`'s coverage.
@Suite("CLI: agent shift", .serialized)
struct AgentShiftCLITests {
    let cli = CLIRunner()

    /// root (the runner's OS login) is the admin; ana L1, luis and pedro L2 network, sofia supervises.
    init() throws {
        for (login, role, area) in [("root", "admin", ""), ("ana", "l1", ""), ("luis", "l2", "network"), ("pedro", "l2", "network"),
                                    ("sofia", "supervisor", "")] {
            let r = try cli.run(["agent", "add", login, "--name", login.capitalized, "--role", role] + (area.isEmpty ? [] : ["--area", area]))
            #expect(r.status == 0, "\(r.stderr)")
        }
    }

    func loggedIn(as login: String) -> CLIRunner {
        var other = cli
        other.environment["USER"] = login
        return other
    }

    @Test("--json prints the agent with the contract's fields and on_shift; agent list --json agrees")
    func json() throws {
        let agent = try cli.json(["agent", "shift", "luis", "off"])
        #expect(agent["login"] as? String == "luis" && agent["name"] as? String == "Luis" && agent["role"] as? String == "l2")
        #expect(agent["areas"] as? [String] == ["network"] && agent["on_shift"] as? Bool == false)
        let list = try #require(try cli.run(["agent", "list", "--json"]).json() as? [[String: Any]])
        #expect(list.first { $0["login"] as? String == "luis" }?["on_shift"] as? Bool == false)
        #expect(list.first { $0["login"] as? String == "pedro" }?["on_shift"] as? Bool == true)
        #expect(try cli.run(["agent", "list"]).stdout.split(separator: "\n").first { $0.hasPrefix("luis") }?.contains("off shift") == true)
        let back = try cli.run(["agent", "shift", "luis", "on"])
        #expect(back.status == 0 && back.stdout == "Agent luis is on shift\n")
    }

    @Test("agents change their own shift; supervisors anyone's; an L1 or L2 someone else's: 77, one line")
    func permissions() throws {
        #expect(try loggedIn(as: "luis").run(["agent", "shift", "luis", "off"]).status == 0)
        #expect(try loggedIn(as: "sofia").run(["agent", "shift", "luis", "on"]).status == 0)
        for login in ["ana", "pedro"] {
            let r = try loggedIn(as: login).run(["agent", "shift", "luis", "off"])
            #expect(r.status == 77, "\(login): \(r.stderr)")
            #expect(r.stdout.isEmpty && r.stderr.split(separator: "\n").count == 1
                    && r.stderr.hasPrefix("helpdesk: only luis, supervisors and admins can change luis's shift"), "\(r.stderr)")
        }
        let listed = try cli.run(["agent", "list", "--json"]).json() as? [[String: Any]]
        #expect(listed?.first { $0["login"] as? String == "luis" }?["on_shift"] as? Bool == true)
    }

    @Test("an unknown login is bad data (65, names it); a state other than on/off is a usage error (64)")
    func errors() throws {
        let unknown = try cli.run(["agent", "shift", "nobody", "off"])
        #expect(unknown.status == 65 && unknown.stderr == "helpdesk: no agent with login \"nobody\"\n", "\(unknown.stderr)")
        let bad = try cli.run(["agent", "shift", "luis", "maybe"])
        #expect(bad.status == 64 && bad.stderr.hasPrefix("helpdesk: ") && bad.stderr.contains("'on' and 'off'"), "\(bad.stderr)")
    }

    @Test("off shift: escalations go to the colleague on shift, and the report's coverage flags the empty area")
    func coverage() throws {
        _ = try cli.run(["agent", "shift", "luis", "off"])
        _ = try cli.run(["agent", "shift", "pedro", "off"])
        let id = try cli.json(["--as", "ana", "ticket", "new", "--subject", "VPN", "--requester", "marta"])["id"] as? Int ?? 0
        let escalated = try cli.json(["--as", "ana", "ticket", "escalate", "\(id)", "--to", "l2", "--area", "network",
                                      "--reason", "cert", "--tried", "restart"])
        #expect(escalated["assignee"] is NSNull)
        let coverage = try #require(try cli.json(["report"])["coverage"] as? [String: Any])
        #expect(coverage["uncovered"] as? Int == 1)
        let cells = try #require(coverage["cells"] as? [[String: Any]])
        let network = try #require(cells.first { $0["tier"] as? String == "l2" && $0["area"] as? String == "network" })
        #expect(network["on_shift"] as? Int == 0 && network["open"] as? Int == 1 && network["unassigned"] as? Int == 1
                && network["uncovered"] as? Bool == true)
        // The plain and CSV reports say the same.
        let text = try cli.run(["report"])
        #expect(text.stdout.contains("· 1 uncovered"), "\(text.stdout)")
        let row = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("L2 network") })
        #expect(row.hasSuffix("UNCOVERED"))
        let csv = try cli.run(["report", "--csv"]).stdout
        #expect(csv.contains("\ncoverage_uncovered,,1\n") && csv.contains("\ncoverage_open,L2 network,1\n"), "\(csv)")
        _ = try cli.run(["agent", "shift", "pedro", "on"])
        let after = try #require(try cli.json(["report"])["coverage"] as? [String: Any])
        #expect(after["uncovered"] as? Int == 0)
    }
}
