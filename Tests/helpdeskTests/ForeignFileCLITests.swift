import Foundation
import Testing

/// `--db` pointing at something that is not a help desk: another application's SQLite file,
/// a folder. The product says so on one line, exits 69, and leaves it exactly as it was.
@Suite("CLI: --db naming something that is not a help desk", .serialized)
struct ForeignFileCLITests {
    let cli = CLIRunner()

    /// The folder's names and the file's bytes.
    func snapshot(_ path: String) throws -> ([String], Data) {
        (try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).filter { !$0.hasSuffix(".lock") }.sorted(),
         try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test("another application's SQLite file (rollback journal or WAL) is refused with 69 and left byte for byte",
          arguments: ["DELETE", "WAL"])
    func foreignSQLite(journal: String) throws {
        let other = cli.folder.appendingPathComponent("places.sqlite").path
        let made = try cli.shell("""
            python3 -c "import sqlite3; c=sqlite3.connect('\(other)'); c.execute('PRAGMA journal_mode=\(journal)'); \
            c.execute('CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT)'); c.execute(\\"INSERT INTO moz_places(url) VALUES ('https://example.org')\\"); c.commit(); c.close()"
            """)
        try #require(made.status == 0, "\(made.stderr)")
        let before = try snapshot(other)
        for command in [["ticket", "list"], ["init"], ["ticket", "new", "--subject", "s", "--requester", "r"], ["db", "check"]] {
            let r = try cli.run(["--db", other] + command)
            #expect(r.status == 69, "\(command): \(r.stderr)")
            #expect(r.stderr.hasPrefix("helpdesk: ") && r.stderr.contains("not a helpdesk database"), "\(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
            #expect(r.stdout.isEmpty)
        }
        let after = try snapshot(other)
        #expect(after.0 == before.0, "files were added beside it")
        #expect(after.1 == before.1, "the file was changed")
    }

    @Test("an empty file is a new desk; a folder given as --db is named as a folder, exit 69")
    func emptyFileAndFolder() throws {
        let empty = cli.folder.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(try cli.run(["--db", empty, "init"]).status == 0)
        #expect(try cli.run(["--db", empty, "db", "check"]).status == 0)

        let folder = cli.folder.appendingPathComponent("desk.d").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let r = try cli.run(["--db", folder, "ticket", "list"])
        #expect(r.status == 69)
        #expect(r.stderr.contains("is a folder"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
