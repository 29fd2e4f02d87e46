import Foundation
import HelpDeskTestSupport
import Testing

/// Two technicians on one database, each in a real terminal (tmux): ana (L1) logs a ticket
/// with the intake form, reads a suggested article and escalates through the wizard; luis
/// (L2, the network specialist) sees it arrive without a key, takes it and sends it back with
/// a coaching note; ana's console shows the note. Checked on the screens and with
/// `helpdesk ticket show --json`.
@Suite("Tier flow in tmux", .serialized, .enabled(if: TmuxSession.isAvailable))
struct TierFlowTmuxTests {
    @Test("intake → suggested article → wizard to L2 → luis takes it and sends it back → ana's coaching feed")
    func twoTechnicians() throws {
        let cli = CLIRunner()
        let db = cli.database
        try #require(cli.run(["demo", "--no-tui", "--db", db, "--tickets", "50"]).status == 0)
        let articles = cli.folder.appendingPathComponent("kb.jsonl")
        try """
            {"id": "KB-41", "title": "VPN: authentication failed after a password change", "body": "Sign out of the VPN client, clear the saved credentials and sign in again with the new password.", "lang": "en", "category": "network"}
            {"id": "KB-77", "title": "Renovar el certificado de la VPN", "body": "Si la VPN dice authentication failed con la contraseña correcta, el certificado ha caducado.", "lang": "es", "category": "network"}
            """.write(to: articles, atomically: true, encoding: .utf8)
        try #require(cli.run(["kb", "import", articles.path, "--db", db]).status == 0)

        let socket = TmuxSession.newSocket("hd-tiers")
        defer { TmuxSession.killServer(socket: socket) }
        func tui(_ login: String) -> String {
            "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_DATA_HOME=\(cli.folder.path) XDG_CONFIG_HOME=\(cli.folder.path)/config "
                + "\(CLIRunner.binary.path) tui --db \(db) --as \(login) --lang en"
        }
        let ana = try TmuxSession.start(socket: socket, name: "ana", command: tui("ana"))
        let luis = try TmuxSession.start(socket: socket, name: "luis", command: tui("luis"))
        try ana.waitFor("L1 console · ana (L1)")
        try luis.waitFor("L2 queue · luis (L2)")

        // Ana logs the call: requester by completion, subject, area; suggestions appear as she types.
        try ana.press("n")
        try ana.waitFor("New ticket")
        try ana.type("j.brown")
        try ana.waitFor("→ j.brown@contoso")
        try ana.press("Tab", "Tab")
        try ana.type("vpn authentication failed")
        try ana.waitFor("▸ KB-")
        try ana.press("Tab", "Tab")
        try ana.type("network")
        try ana.press("Tab", "Tab", "Tab")  // impact, urgency, then the suggestions
        try ana.press("Enter")  // the best match (the demo's own articles compete with ours)
        try ana.waitFor("x resolve with this article")
        try ana.press("Escape")
        try ana.waitFor("Suggested articles")
        try ana.press("C-s")
        let detail = try ana.waitFor("logged.")
        let id = try #require(Self.ticketID(in: detail))

        // The wizard: target L2, the area from the form, a reason, the article already ticked.
        try ana.press("e")
        try ana.waitFor("1 Target  2 Area")
        try ana.press("Enter")
        try ana.waitFor("Which specialist area?")
        try ana.press("Enter")
        try ana.waitFor("Why does it need the next tier?")
        try ana.type("certificate expired, not a password problem")
        try ana.press("Enter")
        try ana.waitFor("[x] Read KB-")
        try ana.press("Enter")
        try ana.waitFor("Urgency note")
        try ana.type("sales team cannot work")
        try ana.press("Enter")
        try ana.waitFor("escalated to L2; luis got it.")

        // Luis's queue shows it within the polling interval, without a key.
        try luis.waitFor("vpn authentication", timeout: .seconds(3))
        let shown = try Self.show(cli, id)
        #expect(shown["tier"] as? String == "l2")
        #expect(shown["assignee"] as? String == "luis")
        let types = (shown["events"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String }
        #expect(types.contains("kb_viewed"))
        #expect(types.last == "escalated")

        // Luis opens it (hand-off on top), takes it and sends it back with a note.
        try luis.press(":")
        try luis.type("open \(id)")
        try luis.press("Enter")
        try luis.waitFor("Hand-off from ana (L1)")
        try luis.waitFor("certificate expired, not a password problem")
        try luis.press("b")
        try luis.waitFor("Send #\(id) back")
        try luis.type("renew the VPN certificate from the portal before escalating")
        try luis.press("C-s")
        try luis.waitFor("sent back to L1")

        let back = try Self.show(cli, id)
        #expect(back["tier"] as? String == "l1")
        #expect(back["assignee"] as? String == "ana")
        let last = (back["events"] as? [[String: Any]])?.last
        #expect(last?["type"] as? String == "deescalated")
        #expect(last?["actor"] as? String == "luis")

        // Ana's console (key 1): the coaching feed shows luis's note.
        try ana.press("1")
        try ana.waitFor("luis: renew the VPN certificate", timeout: .seconds(3))
        try ana.press("q")
        try luis.press("Escape", "q")
    }

    static func ticketID(in screen: String) -> Int64? {
        guard let range = screen.range(of: #"Ticket #\d+ logged\."#, options: .regularExpression) else { return nil }
        return Int64(screen[range].dropFirst("Ticket #".count).prefix { $0.isNumber })
    }

    static func show(_ cli: CLIRunner, _ id: Int64) throws -> [String: Any] {
        try cli.json(["ticket", "show", "\(id)", "--db", cli.database])
    }
}
