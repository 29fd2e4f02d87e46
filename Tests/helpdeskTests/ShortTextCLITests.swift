import Foundation
import GRDB
import HelpDeskCore
import HelpDeskStore
import Testing

/// Every command that writes a short, name-like field (subject, requester, category, area,
/// login, names, vendor, title, tag, external id) checks it with ``FieldLimits``: a refused
/// value exits 65 with one line on stderr that names the field and the limit, prints nothing on
/// stdout, and writes nothing. White space around a value is trimmed, not refused.
@Suite("CLI: short fields are bounded and clean", .serialized)
struct ShortTextCLITests {
    let cli = CLIRunner()

    init() throws {
        try cli.run(["agent", "add", "ana", "--name", "Ana", "--role", "l1"])
        try cli.run(["agent", "add", "luis", "--name", "Luis", "--role", "l2", "--area", "network"])
        _ = try cli.json(["--as", "ana", "ticket", "new", "--subject", "Existing", "--requester", "marta@contoso.example"])
    }

    /// Everything a refused command could have touched.
    func snapshot() throws -> String {
        try cli.fingerprint() + cli.run(["agent", "list", "--json"]).stdout + cli.run(["kb", "export"]).stdout
    }

    func refused(_ arguments: [String], _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try snapshot()
        let r = try cli.run(arguments)
        #expect(r.status == 65, "\(arguments): \(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr == "helpdesk: \(message)\n", sourceLocation: sourceLocation)
        #expect(r.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(try snapshot() == before, "\(arguments) wrote something", sourceLocation: sourceLocation)
    }

    static func text(_ character: String, _ count: Int) -> String { String(repeating: character, count: count) }

    @Test("ticket new: subject over 200 (accented), requester over 254, category over 100, an escape, a line break: 65, nothing written")
    func ticketNew() throws {
        let ticket = ["--as", "ana", "ticket", "new"]
        try refused(ticket + ["--subject", Self.text("é", 201), "--requester", "r"], "subject is 201 characters; at most 200")
        try refused(ticket + ["--subject", "s", "--requester", Self.text("m", 243) + "@example.com"], "requester is 255 characters; at most 254")
        try refused(ticket + ["--subject", "s", "--requester", "r", "--category", Self.text("c", 101)], "category is 101 characters; at most 100")
        try refused(ticket + ["--subject", "Pay \u{1b}]52;c;aGk=\u{07}", "--requester", "r"],
                    "subject contains the control character U+001B (escape); remove it")
        try refused(ticket + ["--subject", "VPN\ndown", "--requester", "r"], "subject has a line break; it must be a single line")
        try refused(ticket + ["--subject", "invoice\u{202e}fdp.exe", "--requester", "r"],
                    "subject contains the bidirectional control U+202E (right-to-left override), which can disguise text; remove it")
    }

    @Test("ticket new: exactly 200 emoji or CJK characters are kept whole, and white space around the fields is trimmed")
    func ticketNewBoundary() throws {
        for subject in [Self.text("👩‍💻", 200), Self.text("漢", 200), Self.text("ñ", 199) + "n\u{0303}"] {
            let new = try cli.json(["--as", "ana", "ticket", "new", "--subject", subject, "--requester", "r"])
            #expect(new["subject"] as? String == subject)
        }
        let new = try cli.json(["--as", "ana", "ticket", "new", "--subject", "  Impresora atascada \n", "--requester", " r@x ",
                                "--category", "  Hardware "])
        #expect(new["subject"] as? String == "Impresora atascada" && new["requester"] as? String == "r@x")
        #expect(new["category"] as? String == "hardware")
    }

    @Test("ticket escalate: a vendor name over 100 or an area with an escape is refused (65) and the ticket stays where it was")
    func escalate() throws {
        _ = try cli.json(["--as", "ana", "ticket", "take", "1"])
        let escalate = ["--as", "ana", "ticket", "escalate", "1", "--reason", "cert expired", "--tried", "restarted"]
        try refused(escalate + ["--to", "vendor", "--name", Self.text("v", 101)], "vendor or department name is 101 characters; at most 100")
        try refused(escalate + ["--to", "l2", "--area", "net\u{1b}[2J"], "area contains the control character U+001B (escape); remove it")
        let done = try cli.json(escalate + ["--to", "l2", "--area", " Network "])
        #expect(done["tier"] as? String == "l2" && done["assignee"] as? String == "luis")
    }

    @Test("agent add: a login over 64, a name with a bidi override, an area over 100 are refused (65); nothing is saved")
    func agentAdd() throws {
        try refused(["agent", "add", Self.text("l", 65), "--name", "N", "--role", "l1"], "login is 65 characters; at most 64")
        try refused(["agent", "add", "pedro", "--name", "Pedro\u{2066}", "--role", "l1"],
                    "agent name contains the bidirectional control U+2066, which can disguise text; remove it")
        try refused(["agent", "add", "pedro", "--name", "Pedro", "--role", "l2", "--area", Self.text("a", 101)],
                    "area is 101 characters; at most 100")
        let ok = try cli.json(["agent", "add", Self.text("l", 64), "--name", " María José ", "--role", "l2", "--area", " Network "])
        #expect(ok["name"] as? String == "María José" && ok["areas"] as? [String] == ["network"])
    }

    @Test("requester add: a refused name writes neither the requester nor the organisation")
    func requesterAdd() throws {
        let r = try cli.run(["--as", "ana", "requester", "add", "new@fabrikam.example", "--name", Self.text("n", 101),
                             "--org", "Fabrikam", "--plan", "advanced"])
        #expect(r.status == 65 && r.stdout.isEmpty)
        #expect(r.stderr == "helpdesk: requester name is 101 characters; at most 100\n")
        let org = try cli.run(["--as", "ana", "requester", "add", "new@fabrikam.example", "--name", "Nuevo", "--org", "Fab\u{7f}rikam"])
        #expect(org.status == 65 && org.stderr == "helpdesk: organisation contains the control character U+007F (delete); remove it\n")
        let db = try AppDatabase.open(path: cli.database)
        defer { db.close() }
        #expect(try db.requester(handle: "new@fabrikam.example") == nil)
        let orgs = try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM organisations") }
        #expect(orgs == 0)
        let saved = try cli.json(["--as", "ana", "requester", "add", " new@fabrikam.example ", "--name", " Nuevo ", "--org", " Fabrikam "])
        #expect(saved["handle"] as? String == "new@fabrikam.example" && saved["organisation"] as? String == "Fabrikam")
    }

    @Test("kb add: a title over 200, a tag over 100, an external id with a line break are refused (65); nothing is saved")
    func kbAdd() throws {
        let add = ["--as", "ana", "kb", "add", "--body", "b"]
        try refused(add + ["--title", Self.text("t", 201)], "title is 201 characters; at most 200")
        try refused(add + ["--title", "T", "--tag", "vpn", "--tag", Self.text("g", 101)], "tag is 101 characters; at most 100")
        try refused(add + ["--title", "T", "--id", "KB\n1"], "external id has a line break; it must be a single line")
        let ok = try cli.json(add + ["--title", Self.text("Á", 200), "--tag", " vpn ", "--id", " KB-1 "])
        #expect(ok["title"] as? String == Self.text("Á", 200) && ok["external_id"] as? String == "KB-1" && ok["tags"] as? [String] == ["vpn"])
    }

    @Test("kb import JSONL: an over-long title, tag or id is a bad line with its number; --skip-bad imports the rest")
    func kbImportJSONL() throws {
        let lines = [
            #"{"id": "KB-1", "title": "Reset the VPN certificate", "body": "b"}"#,
            #"{"id": "KB-2", "title": "\#(Self.text("t", 201))", "body": "b"}"#,
            #"{"id": "KB-3", "title": "Fine", "body": "b", "tags": ["\#(Self.text("g", 101))"]}"#,
            #"{"id": "\#(Self.text("i", 201))", "title": "Fine", "body": "b"}"#,
        ]
        let file = cli.folder.appendingPathComponent("kb.jsonl").path
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let before = try snapshot()
        let r = try cli.run(["--as", "ana", "kb", "import", file])
        #expect(r.status == 65)
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("kb.jsonl:2: title is 201 characters; at most 200"))
        #expect(r.stderr.contains("kb.jsonl:3: tag is 101 characters; at most 100"))
        #expect(r.stderr.contains("kb.jsonl:4: external id is 201 characters; at most 200"))
        #expect(try snapshot() == before)
        let skipped = try cli.run(["--as", "ana", "kb", "import", file, "--skip-bad"])
        #expect(skipped.status == 0)
        #expect(skipped.stderr.contains("imported 1 new, 0 updated, 0 unchanged, 3 skipped"))
    }

    @Test("kb import Markdown: an over-long # heading is reported at its line")
    func kbImportMarkdown() throws {
        let folder = cli.folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "---\nlang: es\n---\n\n# \(Self.text("é", 201))\ncuerpo\n".write(to: folder.appendingPathComponent("largo.md"), atomically: true, encoding: .utf8)
        let r = try cli.run(["--as", "ana", "kb", "import", folder.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("largo.md:5: title is 201 characters; at most 200"), "\(r.stderr)")
    }

    @Test("theme check and sla check: a name with a control character is an error at its line (65)")
    func configNames() throws {
        let theme = cli.folder.appendingPathComponent("mine.toml")
        try "description = \"Mine\"\nname = \"mine\\u001b[2J\"\n".write(to: theme, atomically: true, encoding: .utf8)
        let checked = try cli.run(["theme", "check", theme.path])
        #expect(checked.status == 65)
        #expect(checked.stdout.contains("mine.toml:2:1: error: name: theme name contains the control character U+001B (escape); remove it"), "\(checked.stdout)")
        let sla = cli.folder.appendingPathComponent("sla.toml")
        try "[calendars.\"\(Self.text("c", 65))\"]\ntime_zone = \"Europe/Madrid\"\nalways_open = true\n".write(to: sla, atomically: true, encoding: .utf8)
        let slaChecked = try cli.run(["sla", "check", sla.path])
        #expect(slaChecked.status == 65)
        #expect(slaChecked.stdout.contains("sla.toml:1:"), "\(slaChecked.stdout)")
        #expect(slaChecked.stdout.contains("calendar name is 65 characters; at most 64"), "\(slaChecked.stdout)")
    }

    @Test("batch: a refused line is reported with its number like any other failure, and the other lines run")
    func batch() throws {
        let script = "ticket new --subject \"\(Self.text("x", 201))\" --requester r\nticket new --subject fine --requester r\n"
        let r = try cli.run(["--as", "ana", "batch", "--keep-going"], stdin: script)
        #expect(r.status == 65)
        #expect(r.stderr.contains("subject is 201 characters; at most 200"), "\(r.stderr)")
        let subjects = (try cli.run(["ticket", "list", "--json"]).json() as? [[String: Any]] ?? []).compactMap { $0["subject"] as? String }
        #expect(subjects.sorted() == ["Existing", "fine"])
    }
}
