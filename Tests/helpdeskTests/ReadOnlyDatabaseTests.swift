import Foundation
import Testing

/// A database the user may read but not write, tested for real: the tests run as root, for
/// whom `chmod` changes nothing, so the binary runs as `nobody` through `setpriv` (as any other
/// user it runs as itself, and the modes alone do it). Reads give the same answers a writer
/// gets; every write fails with exit 69 and one line saying why; the file and its folder are
/// left exactly as they were (no `-wal`/`-shm` of the reader's own).
@Suite("Read-only database (unprivileged user)", .serialized,
       .enabled(if: Unprivileged.isPossible, "running as root without /usr/bin/setpriv: cannot test as another user"))
struct ReadOnlyDatabaseTests {
    static let setpriv = Unprivileged.setpriv

    let cli = CLIRunner()
    let ticket: String

    /// A demo database with one fresh unassigned ticket to try writes on, readable by all.
    init() throws {
        let demo = try cli.run(["demo", "--no-tui", "--db", cli.database, "--tickets", "40"])
        guard demo.status == 0 else { throw CLIRunner.Failure(message: demo.stderr) }
        let new = try cli.run(["--as", "ana", "ticket", "new", "--subject", "Printer offline", "--requester", "marta@contoso.example"])
        ticket = new.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        guard new.status == 0, Int(ticket) != nil else { throw CLIRunner.Failure(message: new.stderr) }
        #expect(chmod(cli.database, 0o644) == 0)
        #expect(chmod(cli.folder.path, 0o755) == 0)
    }

    /// Runs the binary as a user who cannot write the file (nobody, when we are root).
    func runAsReader(_ arguments: [String]) throws -> CLIRunner.Result {
        let process = Process()
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: Self.setpriv)
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", CLIRunner.binary.path] + arguments
        } else {
            process.executableURL = CLIRunner.binary
            process.arguments = arguments
            chmod(cli.database, 0o444)
        }
        var environment = cli.environment
        environment["HOME"] = "/nonexistent"
        environment["XDG_STATE_HOME"] = "/nonexistent/state"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRunner.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The folder's names and the database's bytes: what "nothing changed" means.
    func snapshot() throws -> ([String], Data) {
        (try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).sorted(), try Data(contentsOf: URL(fileURLWithPath: cli.database)))
    }

    static let reads: [[String]] = [
        ["ticket", "list", "--limit", "500", "--json"], ["ticket", "list", "--assignee", "none"], ["kb", "search", "vpn password", "--json"],
        ["report", "--csv"], ["sla", "show"], ["agent", "list"], ["db", "check"],
    ]

    static let writes: [[String]] = [
        ["ticket", "new", "--subject", "Second printer", "--requester", "marta@contoso.example"],
        ["ticket", "take", "{id}"], ["ticket", "note", "{id}", "tried the cable"],
        ["ticket", "status", "{id}", "pending-customer"],
        ["requester", "add", "zoe@contoso.example", "--name", "Zoe Park"], ["sla", "run"],
    ]

    @Test("in a folder it cannot write: every read answers as for a writer, every write exits 69 with one line, nothing changes",
          arguments: [0o755, 0o777])
    func readOnly(folderMode: Int) throws {
        #expect(chmod(cli.folder.path, mode_t(folderMode)) == 0)
        for read in Self.reads {
            // The owner first (a writer may refresh derived rows as it reads), then the reader.
            let asOwner = try cli.run(["--db", cli.database, "--as", "ana"] + read)
            let before = try snapshot()
            let asReader = try runAsReader(["--db", cli.database, "--as", "ana"] + read)
            #expect(try snapshot() == before, "\(read) changed the folder or the file")
            #expect(asReader.status == 0, "\(read): \(asReader.stderr)")
            #expect(asReader.stdout == asOwner.stdout, "\(read) reads differently without write permission")
            #expect(asReader.stderr.isEmpty, "\(read): \(asReader.stderr)")
        }
        let before = try snapshot()
        for write in Self.writes {
            let arguments = ["--db", cli.database, "--as", "ana"] + write.map { $0 == "{id}" ? ticket : $0 }
            let result = try runAsReader(arguments)
            #expect(result.status == 69, "\(write): \(result.status) \(result.stderr)")
            #expect(result.stderr == "helpdesk: cannot write to \(cli.database): the database is read-only\n", "\(write)")
        }
        let after = try snapshot()
        #expect(after.0 == before.0, "files appeared or vanished in the folder")
        #expect(after.1 == before.1, "the database file changed")

        // The same writes succeed for the owner: the refusals above were the permissions.
        for write in Self.writes {
            let result = try cli.run(["--db", cli.database, "--as", "ana"] + write.map { $0 == "{id}" ? ticket : $0 })
            #expect(result.status == 0, "\(write) as the owner: \(result.stderr)")
        }
    }

    @Test("-wal/-shm beside the file that the user cannot read (a writer of another user at work): one clear line, exit 69")
    func unreadableLog() throws {
        guard getuid() == 0 else { return }
        // What a writer running as root leaves while it has the file open (real sidecars).
        let owner = try cli.shell("exec 3>>\"$HELPDESK_DB-shm\" 4>>\"$HELPDESK_DB-wal\"; chmod 600 \"$HELPDESK_DB-shm\" \"$HELPDESK_DB-wal\"")
        #expect(owner.status == 0)
        let result = try runAsReader(["--db", cli.database, "ticket", "list"])
        #expect(result.status == 69)
        #expect(result.stderr.hasPrefix("helpdesk: database \(cli.database) is unavailable: no permission to read desk.sqlite-"), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test("a file the user cannot even read is one clear line and exit 69")
    func unreadable() throws {
        guard getuid() == 0 else { return }  // as the owner, mode 000 would still be ours to chmod
        #expect(chmod(cli.database, 0o600) == 0)
        let result = try runAsReader(["--db", cli.database, "ticket", "list"])
        #expect(result.status == 69)
        #expect(result.stderr == "helpdesk: database \(cli.database) is unavailable: no permission to read it\n", "\(result.stderr)")
    }
}

/// Whether a command can run without write permission on a root-owned file.
enum Unprivileged {
    static let setpriv = "/usr/bin/setpriv"
    static var isPossible: Bool { getuid() != 0 || FileManager.default.isExecutableFile(atPath: setpriv) }
}
