import Foundation
import Testing

/// The contract: "every error goes to stderr with a one-line human message". Usage errors are
/// ArgumentParser's, which prints four lines or more (error, help, usage, hint) by itself.
@Suite("CLI: usage errors are one line, exit 64")
struct UsageErrorCLITests {
    let cli = CLIRunner()

    struct Case: Sendable, CustomStringConvertible {
        var arguments: [String]
        var says: [String]
        var description: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["ticket", "list", "--bogus"], says: ["Unknown option '--bogus'", "helpdesk ticket list --help"]),
        Case(arguments: ["ticket", "status", "1", "bogus"],
             says: ["'bogus'", "new, open, pending-customer, pending-vendor, resolved, closed", "helpdesk ticket status --help"]),
        Case(arguments: ["ticket", "new", "--requester", "x"], says: ["--subject"]),
        Case(arguments: ["ticket", "new", "--subject", "s", "--requester", "x", "--impact", "huge"], says: ["'huge'", "low", "high"]),
        Case(arguments: ["ticket", "close", "1", "--csat", "9"], says: ["--csat must be between 1 and 5"]),
        Case(arguments: ["ticket", "escalate", "1", "--to", "l4", "--reason", "r", "--tried", "t"], says: ["'l4'"]),
        Case(arguments: ["agent", "add", "x", "--name", "X", "--role", "boss"], says: ["'boss'", "supervisor"]),
        Case(arguments: ["kb", "search", "vpn", "--lang", "fr"], says: ["'fr'"]),
        Case(arguments: ["report", "--from", "2026-13-01"], says: ["--from must be a date"]),
        Case(arguments: ["db", "backup"], says: ["<path>"]),
        // A negative number is a value out of range, not a missing value.
        Case(arguments: ["ticket", "list", "--limit", "-1"], says: ["--limit must be between 1 and 10000"]),
        Case(arguments: ["ticket", "list", "--after", "-5"], says: ["--after must be a ticket id"]),
        Case(arguments: ["ticket", "close", "1", "--csat", "-1"], says: ["--csat must be between 1 and 5"]),
        Case(arguments: ["kb", "search", "vpn", "--limit", "-3"], says: ["--limit must be between 1 and 1000"]),
        Case(arguments: ["demo", "--no-tui", "--tickets", "-2"], says: ["--tickets must be between 0 and 5000000"]),
        Case(arguments: ["ticket", "list", "--limit", "99999999999999999999"], says: ["'99999999999999999999'", "--limit"]),
        Case(arguments: ["ticket", "show", "99999999999999999999"], says: ["'99999999999999999999'", "<id>"]),
    ]

    @Test("a usage error is one stderr line starting helpdesk:, nothing on stdout, exit 64", arguments: cases)
    func oneLine(_ c: Case) throws {
        let r = try cli.run(c.arguments)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("helpdesk: "), "\(r.stderr)")
        #expect(r.stderr.filter { $0 == "\n" }.count == 1, "\(r.stderr)")
        for words in c.says { #expect(r.stderr.contains(words), "\(r.stderr)") }
    }

    @Test("a value with CR, CR LF or a Unicode line separator still gives one line on a terminal",
          arguments: [["ticket", "list", "--status", "a\rb"], ["ticket", "list", "--status", "a\r\nb"],
                      ["requester", "add", "r", "--name", "n", "--plan", "x\u{2028}y"], ["--as", "no\u{2029}body", "ticket", "take", "1"]])
    func quotedLineBreaks(_ arguments: [String]) throws {
        let r = try cli.run(arguments)
        #expect(r.status != 0)
        let breaks = r.stderr.unicodeScalars.filter { [0x0A, 0x0D, 0x85, 0x2028, 0x2029].contains($0.value) }
        #expect(breaks.map(\.value) == [0x0A], "\(r.stderr.debugDescription)")
        #expect(r.stderr.hasPrefix("helpdesk: "))
    }

    @Test("batch reports a usage error of a line on one line too, with the line number")
    func batchLine() throws {
        let r = try cli.run(["batch", "--keep-going"], stdin: "ticket status 1 bogus\nticket list --bogus\n")
        #expect(r.status == 64)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(r.stderr)")
        #expect(lines.first?.hasPrefix("helpdesk: line 1: ") == true && lines.last?.hasPrefix("helpdesk: line 2: ") == true)
    }

    @Test("--help and --version are not errors: stdout, exit 0")
    func helpAndVersion() throws {
        let help = try cli.run(["ticket", "status", "--help"])
        #expect(help.status == 0 && help.stdout.contains("pending-customer") && help.stderr.isEmpty)
        let version = try cli.run(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty && version.stderr.isEmpty)
    }
}
