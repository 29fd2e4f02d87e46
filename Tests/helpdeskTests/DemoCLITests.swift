import Foundation
import Testing

/// `helpdesk demo` as the contract words it: "(re)creates a realistic demo database … at `--db`
/// (default `$XDG_DATA_HOME/helpdesk/demo.sqlite`)".
@Suite("CLI: demo database")
struct DemoCLITests {
    /// `HELPDESK_DB` points at a desk with one ticket in it (CLIRunner sets it for every run).
    func desk() throws -> CLIRunner {
        let cli = CLIRunner()
        _ = try cli.json(["ticket", "new", "--subject", "Real work", "--requester", "marta"])
        return cli
    }

    /// The contract's default: `XDG_DATA_HOME` is the runner's folder.
    func demoPath(_ cli: CLIRunner) -> String {
        cli.folder.appendingPathComponent("helpdesk/demo.sqlite").path
    }

    @Test("without --db the demo goes to $XDG_DATA_HOME/helpdesk/demo.sqlite, never over $HELPDESK_DB")
    func defaultPath() throws {
        let cli = try desk()
        let summary = try cli.json(["demo", "--no-tui", "--tickets", "12", "--articles", "4", "--seed", "3"])
        #expect(summary["database"] as? String == demoPath(cli))
        #expect(FileManager.default.fileExists(atPath: demoPath(cli)))
        let real = try cli.run(["ticket", "list", "--json"])
        let subjects = (try real.json() as? [[String: Any]] ?? []).map { $0["subject"] as? String }
        #expect(subjects == ["Real work"], "the desk named by HELPDESK_DB was replaced")
    }

    @Test("--db puts it elsewhere, before or after the subcommand; the demo has agents of every role")
    func explicitPath() throws {
        let cli = try desk()
        let elsewhere = cli.folder.appendingPathComponent("other/demo-a.sqlite").path
        #expect(try cli.run(["--db", elsewhere, "demo", "--no-tui", "--tickets", "12", "--articles", "4"]).status == 0)
        let agents = try cli.run(["agent", "list", "--json", "--db", elsewhere])
        let roles = Set((try agents.json() as? [[String: Any]] ?? []).compactMap { $0["role"] as? String })
        #expect(roles == ["l1", "l2", "l3", "supervisor", "admin"])
        #expect(!FileManager.default.fileExists(atPath: demoPath(cli)))
    }

    @Test("demo never replaces a technician's desk or a file that is not a demo: 73, one line, untouched")
    func refusesRealFiles() throws {
        let cli = try desk()
        let notes = cli.folder.appendingPathComponent("notes.txt").path
        try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: notes))
        for path in [cli.database, notes] {
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let r = try cli.run(["demo", "--no-tui", "--db", path, "--tickets", "5", "--articles", "2"])
            #expect(r.status == 73, "\(path): \(r.stderr)")
            #expect(r.stderr.hasPrefix("helpdesk: ") && r.stderr.contains("not a demo database"), "\(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
        let real = try cli.run(["ticket", "list", "--json"]).json() as? [[String: Any]] ?? []
        #expect(real.map { $0["subject"] as? String } == ["Real work"])
        // An empty file holds nothing to lose; a demo may replace it.
        let empty = cli.folder.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(try cli.run(["demo", "--no-tui", "--db", empty, "--tickets", "5", "--articles", "2"]).status == 0)
        // Nor does a desk that `init` has just made, with no agent, ticket or article yet.
        let fresh = cli.folder.appendingPathComponent("fresh.sqlite").path
        #expect(try cli.run(["init", "--db", fresh]).status == 0)
        let demo = try cli.run(["demo", "--no-tui", "--db", fresh, "--tickets", "5", "--articles", "2"])
        #expect(demo.status == 0, "\(demo.stderr)")
    }

    /// SQLite's file header says WAL with 2 in its read and write version bytes (offsets 18, 19).
    static func isWAL(_ path: String) throws -> Bool {
        let header = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 20) ?? Data()
        return header.count == 20 && header[18] == 2 && header[19] == 2
    }

    /// The demo is built beside its destination and renamed into place.
    @Test("a demo, and a second one over it, leave a sound WAL file and nothing else")
    func twice() throws {
        let cli = CLIRunner()
        for tickets in ["120", "80"] {
            let demo = try cli.run(["demo", "--no-tui", "--db", cli.database, "--tickets", tickets, "--seed", "9"])
            #expect(demo.status == 0, "\(demo.stderr)")
            let files = try FileManager.default.contentsOfDirectory(atPath: cli.folder.path)
            #expect(!files.contains { $0.contains(".building") || $0.hasSuffix("-wal") || $0.hasSuffix("-shm") }, "\(files)")
            #expect(try Self.isWAL(cli.database))
            let check = try cli.run(["db", "check"])
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
            #expect(check.stdout.contains("ok:"), "\(check.stdout)")
            let all = try cli.run(["ticket", "list", "--limit", "10000", "--json"]).json() as? [[String: Any]] ?? []
            #expect(all.count == Int(tickets))
            let found = try cli.run(["ticket", "list", "--search", "vpn", "--json"]).json() as? [[String: Any]] ?? []
            #expect(!found.isEmpty)
        }
    }
}
