import Foundation
import Testing

/// End-to-end: the built `helpdesk` binary, as scripts and `kb-eval` drive it.
@Suite("kb commands")
struct KBCommandTests {
    let cli = CLIRunner()

    func helpdesk(_ args: [String], stdin: String? = nil) throws -> CLIRunner.Result {
        try cli.run(args, stdin: stdin)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = cli.folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("import, then search --stdin streams one JSON line per query, in order")
    func importAndBatchSearch() throws {
        let file = try write("a.jsonl", """
            {"id": "net-1", "title": "VPN drops", "body": "When the VPN connection drops, restart the client.", "lang": "en"}
            {"id": "net-2", "title": "La VPN se corta", "body": "Si la conexión VPN se corta, reinicie el cliente.", "lang": "es"}
            """)
        #expect(try helpdesk(["kb", "import", file]).status == 0)
        let run = try helpdesk(["kb", "search", "--stdin", "--lang", "en", "--limit", "5", "--json"],
                               stdin: "vpn connection\n\"unbalanced NEAR(\nnothing matches zzzz\n")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 3)
        #expect(lines[0]?["query"] as? String == "vpn connection")
        let first = (lines[0]?["results"] as? [[String: Any]])?.first
        #expect(first?["external_id"] as? String == "net-1")
        #expect(first?["id"] is Int && first?["score"] is Double && first?["title"] is String)
        #expect(lines[0]?["took_ms"] is Double)
        #expect(lines[1]?["query"] as? String == "\"unbalanced NEAR(")
        #expect((lines[2]?["results"] as? [Any])?.isEmpty == true)
    }

    /// "One query per input line, one JSON line per query out, in order": the echoed `query` is
    /// the input line itself, whatever it holds, and the keys come in the contract's order.
    @Test("search --stdin answers every line, empty or with control characters, echoing it exactly")
    func batchSearchEchoesLines() throws {
        let file = try write("a.jsonl", #"{"id": "net-1", "title": "VPN drops", "body": "Restart the VPN client.", "lang": "en"}"#)
        #expect(try helpdesk(["kb", "import", file]).status == 0)
        let queries = ["vpn\r", "", "\u{1}vpn\tclient\u{1B}[0m", "  ", "\u{7F}", "vpn"]
        let run = try helpdesk(["kb", "search", "--stdin", "--json"], stdin: queries.joined(separator: "\n"))
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == queries.count, "\(run.stdout)")
        let objects = lines.map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.map { $0?["query"] as? String } == queries)
        #expect(lines.allSatisfy { $0.hasPrefix(#"{"query":"#) })
        #expect((objects[0]?["results"] as? [[String: Any]])?.first?["external_id"] as? String == "net-1")
        #expect((objects[1]?["results"] as? [Any])?.isEmpty == true)
        let hit = (objects[5]?["results"] as? [[String: Any]])?.first ?? [:]
        #expect(hit["id"] is Int && hit["title"] as? String == "VPN drops" && hit["score"] is NSNumber)
    }

    /// A folder of Markdown files, one with YAML front matter (`---`), one with TOML (`+++`).
    func markdownFolder(statusLine: String = "") throws -> String {
        let folder = cli.folder.appendingPathComponent("md")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("---\nid: prn-1\ntitle: Printer jams\nlang: en\ntags: [printer, paper]\n\(statusLine)---\nOpen tray 2.\n".utf8)
            .write(to: folder.appendingPathComponent("printer.md"))
        try Data("+++\nid = \"pwd-1\"\ntitle = \"Contraseña caducada\"\nlang = \"es\"\n+++\nUse el portal.\n".utf8)
            .write(to: folder.appendingPathComponent("password.md"))
        return folder.path
    }

    @Test("a Markdown folder with YAML and TOML front matter: ids kept as external_id, published, re-import updates by id")
    func importMarkdown() throws {
        let folder = try markdownFolder()
        #expect(try helpdesk(["kb", "import", folder]).status == 0)
        let printer = try cli.json(["kb", "show", "prn-1"])
        #expect(printer["title"] as? String == "Printer jams" && printer["status"] as? String == "published")
        #expect(printer["tags"] as? [String] == ["printer", "paper"])
        let password = try cli.json(["kb", "show", "pwd-1"])
        #expect(password["lang"] as? String == "es" && password["status"] as? String == "published")
        try Data("---\nid: prn-1\ntitle: Printer jams on tray 2\n---\nOpen tray 2.\n".utf8)
            .write(to: URL(fileURLWithPath: folder).appendingPathComponent("printer.md"))
        let again = try cli.json(["kb", "import", folder])
        #expect(again["inserted"] as? Int == 0 && again["updated"] as? Int == 1 && again["unchanged"] as? Int == 1)
        #expect(try cli.json(["kb", "show", "prn-1"])["title"] as? String == "Printer jams on tray 2")
        #expect(try cli.json(["kb", "show", "prn-1"])["id"] as? Int == printer["id"] as? Int)
    }

    @Test("--draft publishes nothing, not even a file whose front matter says status: published")
    func importMarkdownDrafts() throws {
        let folder = try markdownFolder(statusLine: "status: published\n")
        #expect(try helpdesk(["kb", "import", folder, "--draft"]).status == 0)
        #expect(try cli.json(["kb", "show", "prn-1"])["status"] as? String == "draft")
        #expect(try cli.json(["kb", "show", "pwd-1"])["status"] as? String == "draft")
        #expect(try helpdesk(["kb", "search", "printer", "--json"]).stdout == "[]\n")
    }

    @Test("a bad line refuses the import with file:line on stderr and exit 65; a missing file exits 66")
    func importErrors() throws {
        let file = try write("bad.jsonl", "{\"id\": \"a\", \"title\": \"ok\", \"body\": \"b\"}\n{oops\n")
        let run = try helpdesk(["kb", "import", file])
        #expect(run.status == 65)
        #expect(run.stderr.contains("bad.jsonl:2: invalid JSON"))
        #expect(try helpdesk(["kb", "export"]).stdout.isEmpty)
        #expect(try helpdesk(["kb", "import", cli.folder.appendingPathComponent("nope.jsonl").path]).status == 66)
    }

    @Test("add, show --json, publish, retire; export is re-importable JSONL")
    func lifecycle() throws {
        let added = try helpdesk(["kb", "add", "--title", "Impresora atascada", "--body", "Abra la bandeja 2.",
                                  "--lang", "es", "--tag", "impresora", "--id", "prn-1", "--json"])
        #expect(added.status == 0)
        let show = try helpdesk(["kb", "show", "prn-1", "--json"])
        let article = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
        #expect(article?["external_id"] as? String == "prn-1")
        #expect(article?["status"] as? String == "draft")
        #expect(article?["lang"] as? String == "es")
        #expect(try helpdesk(["kb", "search", "impresora", "--json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        #expect(try helpdesk(["kb", "publish", "prn-1"]).status == 0)
        #expect(try helpdesk(["kb", "search", "impresoras atascadas"]).stdout.contains("Impresora atascada"))
        #expect(try helpdesk(["kb", "retire", "prn-1"]).status == 0)
        let export = try helpdesk(["kb", "export"])
        #expect(export.stdout.split(separator: "\n").count == 1)
        #expect(export.stdout.contains("\"status\":\"retired\""))
        #expect(try helpdesk(["kb", "show", "999"]).status == 65)
        #expect(try helpdesk(["kb", "search"]).status == 64)
    }
}
