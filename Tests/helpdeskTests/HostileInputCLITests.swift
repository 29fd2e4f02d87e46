import Foundation
import Testing

@Suite("CLI: hostile and broken input", .serialized)
struct HostileInputCLITests {
    let cli = CLIRunner()

    init() throws {
        try cli.run(["agent", "add", "ana", "--name", "Ana", "--role", "l1"])
        _ = try cli.json(["--as", "ana", "ticket", "new", "--subject", "Existing", "--requester", "r"])
    }

    func ticketCount() throws -> Int {
        (try cli.run(["ticket", "list", "--limit", "10000", "--json"]).json() as? [Any])?.count ?? -1
    }

    @Test("an argument that is not UTF-8 is refused with 65")
    func invalidUTF8Argument() throws {
        let r = try cli.shell(#"$HD --as ana ticket new --subject "$(printf 'bad\xffname')" --requester r"#)
        #expect(r.status == 65)
        #expect(r.stderr.contains("not valid UTF-8"))
        #expect(try ticketCount() == 1)
    }

    @Test("batch refuses a line with invalid UTF-8 or a NUL byte (65) instead of storing U+FFFD or a cut subject")
    func batchBadBytes() throws {
        let r = try cli.shell(#"printf 'ticket new --subject "bad\xff name" --requester r\nticket new --subject "cut\000off" --requester r\nticket new --subject fine --requester r\r\n' | $HD --as ana batch --keep-going"#)
        #expect(r.status == 65, "\(r.stderr)")
        let errors = r.stderr.split(separator: "\n")
        #expect(errors.count == 2)
        #expect(errors.first?.contains("line 1 is not valid UTF-8") == true, "\(r.stderr)")
        #expect(errors.last?.contains("line 2 contains a NUL byte") == true, "\(r.stderr)")
        let subjects = (try cli.run(["ticket", "list", "--json"]).json() as? [[String: Any]] ?? []).compactMap { $0["subject"] as? String }
        #expect(subjects.sorted() == ["Existing", "fine"])
    }

    @Test("requester add refuses an empty handle or name, and a handle with an escape sequence or a line break (65)")
    func requesterAdd() throws {
        for (handle, name) in [("", "Name"), ("   ", "Name"), ("marta@example.com", " ")] {
            let r = try cli.run(["--as", "ana", "requester", "add", handle, "--name", name])
            #expect(r.status == 65, "\(handle.debugDescription): \(r.stderr)")
            #expect(r.stderr.hasPrefix("helpdesk: a requester needs"))
        }
        // A handle is a short field (FieldLimits): what used to be stored and printed made
        // harmless is now refused before anything is written.
        let r = try cli.run(["--as", "ana", "requester", "add", "evil\u{1b}]52;c;aGk=\u{07}\r\nx@example.com", "--name", "Eve"])
        #expect(r.status == 65 && r.stdout.isEmpty)
        #expect(r.stderr == "helpdesk: requester contains the control character U+001B (escape); remove it\n", "\(r.stderr)")
    }

    @Test("description files: NUL bytes, invalid UTF-8 and 10 MB are refused at once with 65")
    func descriptionFiles() throws {
        let folder = cli.folder.path
        try Data("abc\0def".utf8).write(to: URL(fileURLWithPath: folder + "/nul.txt"))
        try Data([0x61, 0xFF, 0xFE, 0x62]).write(to: URL(fileURLWithPath: folder + "/bad.txt"))
        try Data(repeating: 0x61, count: 10_000_000).write(to: URL(fileURLWithPath: folder + "/huge.txt"))
        for (file, message) in [("nul.txt", "NUL"), ("bad.txt", "UTF-8"), ("huge.txt", "limit")] {
            let start = Date()
            let r = try cli.run(["--as", "ana", "ticket", "new", "--subject", "s", "--requester", "r", "--description-file", folder + "/" + file])
            #expect(r.status == 65, "\(file): \(r.stderr)")
            #expect(r.stderr.contains(message))
            #expect(Date().timeIntervalSince(start) < 10)
        }
        #expect(try ticketCount() == 1)
    }

    @Test("a database locked past the retry budget: 69 and a clear message, not a raw SQLite error")
    func lockedDatabase() throws {
        let script = """
        python3 - <<'PY'
        import os, sqlite3, subprocess, time
        con = sqlite3.connect(os.environ["HELPDESK_DB"], isolation_level=None)
        con.execute("BEGIN EXCLUSIVE")
        r = subprocess.run([os.environ["HD"], "--as", "ana", "ticket", "new", "--subject", "x", "--requester", "r"],
                           env=dict(os.environ, HELPDESK_BUSY_TIMEOUT="1"), capture_output=True, text=True)
        print(r.returncode)
        print(r.stderr.strip())
        PY
        """
        let r = try cli.shell(script)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "69")
        #expect(lines.last?.contains("locked by another process") == true)
        #expect(try ticketCount() == 1)
    }

    @Test("a full disk (file-size limit): 73, nothing saved, the file still sound")
    func fullDisk() throws {
        let big = cli.folder.appendingPathComponent("900k.txt")
        try Data(String(repeating: "línea de registro 0123456789\n", count: 30_000).utf8.prefix(900_000)).write(to: big)
        let r = try cli.shell("ulimit -f 400; $HD --as ana ticket new --subject big --requester r --description-file \(big.path)")
        #expect(r.status == 73, "\(r.stderr)")
        #expect(r.stderr.contains("disk is full"))
        #expect(try cli.run(["db", "check"]).status == 0)
        #expect(try ticketCount() == 1)
    }

    @Test("a damaged file and a file from a newer version: 69, untouched")
    func damagedAndNewer() throws {
        let garbage = cli.folder.appendingPathComponent("garbage.sqlite")
        try Data(repeating: 0x42, count: 8192).write(to: garbage)
        let r = try cli.run(["--db", garbage.path, "ticket", "list"])
        #expect(r.status == 69)
        #expect(r.stderr.hasPrefix("helpdesk: "))
        #expect(try Data(contentsOf: garbage) == Data(repeating: 0x42, count: 8192))

        let newer = try cli.shell("""
            python3 -c "import sqlite3,os; c=sqlite3.connect(os.environ['HELPDESK_DB']); c.execute(\\"INSERT INTO grdb_migrations VALUES ('v99-future')\\"); c.commit()"
            $HD ticket list
            """)
        #expect(newer.status == 69)
        #expect(newer.stderr.contains("newer helpdesk"))
    }

    @Test("FTS syntax typed into a search never errors")
    func ftsSyntax() throws {
        for text in ["\"", "NEAR(a b", "AND(", "-", "*", "a OR", "title:x", "(((", "'; DROP TABLE tickets; --", "^"] {
            let r = try cli.run(["ticket", "list", "--search", text])
            #expect(r.status == 0, "\(text): \(r.stderr)")
        }
    }

    @Test("escape sequences in ticket text are made harmless in table output")
    func escapesInOutput() throws {
        let hostile = "Hola \u{1b}]52;c;SGVsbG8=\u{07} \u{1b}[2J \u{202e}evil"
        // `ticket new` refuses such a subject now; a database from before the limits may hold it.
        #expect(try cli.run(["--as", "ana", "ticket", "new", "--subject", hostile, "--requester", "r"]).status == 65)
        _ = try cli.json(["--as", "ana", "ticket", "new", "--subject", "Hola", "--requester", "r"])
        try cli.storeLegacyText(ticket: 2, subject: hostile)
        let list = try cli.run(["ticket", "list"])
        #expect(!list.stdout.contains("\u{1b}"))
        #expect(!list.stdout.contains("\u{202e}"))
        #expect(list.stdout.contains("␛]52;c;SGVsbG8="))
        let show = try cli.run(["ticket", "show", "2"])
        #expect(!show.stdout.contains("\u{1b}") && !show.stdout.contains("\u{07}"))
        let json = try cli.run(["ticket", "show", "2", "--json"])
        #expect(!json.stdout.contains("\u{1b}"), "JSON escapes control characters")
    }

    @Test("--json escapes C1 controls, DEL, line separators and bidi overrides, and still decodes to the stored text")
    func terminalSafeJSON() throws {
        let hostile = "csi \u{9b}31m nel \u{85} del \u{7f} ls \u{2028} ps \u{2029} rlo \u{202e} lri \u{2066} ñ 中 🎉"
        let new = try cli.json(["--as", "ana", "ticket", "new", "--subject", "s", "--requester", "r", "--description", hostile])
        let id = try #require(new["id"] as? Int)
        _ = try cli.run(["--as", "ana", "ticket", "note", "\(id)", hostile])
        for arguments in [["ticket", "show", "\(id)", "--json"], ["ticket", "list", "--json"]] {
            let r = try cli.run(arguments)
            #expect(r.status == 0)
            let raw = r.stdout.unicodeScalars.filter { (0x7F...0x9F).contains($0.value) || [0x2028, 0x2029, 0x202E, 0x2066].contains($0.value) }
            #expect(raw.isEmpty, "\(arguments): raw \(raw.map { String($0.value, radix: 16) })")
            #expect(r.stdout.contains("\\u009b") && r.stdout.contains("ñ 中 🎉"))
        }
        let show = try cli.json(["ticket", "show", "\(id)"])
        #expect(show["description"] as? String == hostile)
        let events = show["events"] as? [[String: Any]] ?? []
        #expect(events.last?["text"] as? String == hostile)
    }

    @Test("line breaks in ticket text cannot forge a field or a history entry in ticket show")
    func forgedLinesInShow() throws {
        try cli.run(["agent", "add", "luis", "--name", "Luis", "--role", "l2", "--area", "network"])
        let forged = "\r\n  2026-01-01T00:00:00Z sofia closed\u{2028}Assignee:  mallory"
        // Subject, requester and category are one-line fields, refused with a line break now;
        // a database from before the limits may hold them. Reasons and notes are free text.
        let refused = try cli.run(["--as", "ana", "ticket", "new", "--subject", "Printer" + forged, "--requester", "r"])
        #expect(refused.status == 65 && refused.stderr == "helpdesk: subject has a line break; it must be a single line\n")
        let new = try cli.json(["--as", "ana", "ticket", "new", "--subject", "Printer", "--requester", "r", "--category", "net"])
        let id = try #require(new["id"] as? Int)
        try cli.storeLegacyText(ticket: id, subject: "Printer" + forged, requester: "r" + forged, category: "net" + forged)
        _ = try cli.json(["--as", "ana", "ticket", "take", "\(id)"])
        _ = try cli.json(["--as", "ana", "ticket", "escalate", "\(id)", "--to", "l2", "--area", "network",
                          "--reason", "cert" + forged, "--tried", "restart" + forged])
        _ = try cli.json(["--as", "ana", "ticket", "note", "\(id)", "note" + forged])
        let show = try cli.run(["ticket", "show", "\(id)"])
        #expect(show.status == 0)
        let lines = show.stdout.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        #expect(lines.filter { $0.hasPrefix("Assignee:") }.count == 1, "\(show.stdout)")
        #expect(lines.filter { $0.hasPrefix("  20") }.count == 4, "created, taken, escalated, note: \(show.stdout)")
        #expect(lines.contains { $0.hasPrefix("Subject:   Printer") && $0.contains("sofia closed") })
        #expect(!show.stdout.unicodeScalars.contains { $0.value == 0x0D || $0.value == 0x2028 })
    }

    @Test("db check names an event edited behind the app's back")
    func tamperedHistory() throws {
        let r = try cli.shell("""
            python3 -c "import sqlite3,os; c=sqlite3.connect(os.environ['HELPDESK_DB']); c.execute('DROP TRIGGER ticket_events_no_update'); c.execute(\\"UPDATE ticket_events SET actor='mallory' WHERE id=1\\"); c.commit()"
            $HD db check
            """)
        #expect(r.status == 65)
        #expect(r.stdout.contains("event #1 of ticket #1 was edited"))
    }
}
