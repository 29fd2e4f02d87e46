import Foundation
import Testing

/// `db check` and `db backup PATH`, and where the database is, as the contract gives them:
/// `--db` (before or after the subcommand), else `$HELPDESK_DB`, else
/// `$XDG_DATA_HOME/helpdesk/helpdesk.sqlite`; a missing database is created.
@Suite("CLI: database location, check and backup")
struct DatabaseCLITests {
    let cli = CLIRunner()

    @Test("without --db and $HELPDESK_DB, a new user's database is created at $XDG_DATA_HOME/helpdesk/helpdesk.sqlite")
    func xdgDefault() throws {
        var fresh = cli
        fresh.environment["HELPDESK_DB"] = nil
        let ready = try fresh.json(["init"])
        let expected = cli.folder.appendingPathComponent("helpdesk/helpdesk.sqlite").path
        #expect(ready["database"] as? String == expected)
        #expect(FileManager.default.fileExists(atPath: expected))
        #expect(try fresh.run(["agent", "list", "--json"]).stdout == "[]\n")
    }

    @Test("--db wins over $HELPDESK_DB, before or after the subcommand, and creates a missing file")
    func explicitDatabase() throws {
        let other = cli.folder.appendingPathComponent("elsewhere/desk.sqlite").path
        #expect(try cli.run(["--db", other, "ticket", "new", "--subject", "a", "--requester", "r"]).status == 0)
        #expect(try cli.run(["ticket", "new", "--subject", "b", "--requester", "r", "--db", other]).status == 0)
        let there = try cli.run(["ticket", "list", "--json", "--db", other]).json() as? [[String: Any]] ?? []
        #expect(there.count == 2)
        #expect(!FileManager.default.fileExists(atPath: cli.database), "HELPDESK_DB was used although --db was given")
    }

    @Test("db check --json reports ok; db backup writes a copy that checks, and says so in JSON with --json")
    func checkAndBackup() throws {
        _ = try cli.json(["ticket", "new", "--subject", "Printer", "--requester", "r"])
        let check = try cli.json(["db", "check"])
        #expect(check["ok"] as? Bool == true)
        let copy = cli.folder.appendingPathComponent("copy.sqlite").path
        let backup = try cli.json(["db", "backup", copy])
        #expect(backup["backup"] as? String == copy && backup["database"] as? String == cli.database)
        #expect(try cli.run(["db", "check", "--db", copy]).status == 0)
        let copied = try cli.run(["ticket", "list", "--json", "--db", copy]).json() as? [[String: Any]] ?? []
        #expect(copied.map { $0["subject"] as? String } == ["Printer"])
    }

    @Test("db backup cannot create its output: into a missing folder or over an existing file, exit 73 with one line")
    func backupRefused() throws {
        try cli.run(["init"])
        for target in [cli.folder.appendingPathComponent("missing/dir/copy.sqlite").path, cli.database] {
            let r = try cli.run(["db", "backup", target])
            #expect(r.status == 73, "\(target): \(r.stderr)")
            #expect(r.stderr.hasPrefix("helpdesk: ") && r.stderr.filter { $0 == "\n" }.count == 1, "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
    }
}
