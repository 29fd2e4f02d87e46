import Foundation
import Testing

/// The contract: "Every command that prints data takes `--json`", the commands added beside the
/// contract's table included. `sla export --json` printed TOML and `kb analyze --json` plain
/// text.
@Suite("CLI: every command that prints data takes --json")
struct JSONOutputCLITests {
    let cli = CLIRunner()

    init() throws {
        _ = try cli.json(["ticket", "new", "--subject", "Printer", "--requester", "marta"])
    }

    /// Each line of stdout is one JSON value (most commands print exactly one line).
    @Test("prints JSON", arguments: [
        ["sla", "export"], ["sla", "show"], ["sla", "run"], ["kb", "analyze", "Las impresoras", "--lang", "es"],
        ["kb", "gaps"], ["requester", "add", "marta", "--name", "Marta"], ["agent", "shift", "root", "off"],
    ])
    func printsJSON(_ command: [String]) throws {
        let r = try cli.run(command + ["--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "\(line)") }
    }

    @Test("sla export --json is the policies in force, as sla show --json prints them")
    func slaExport() throws {
        #expect(try cli.run(["sla", "export", "--json"]).stdout == cli.run(["sla", "show", "--json"]).stdout)
    }

    @Test("kb analyze --json: the text, its language and its index terms; one line per input line with --stdin")
    func analyze() throws {
        let one = try cli.json(["kb", "analyze", "Las impresoras", "--lang", "es"])
        #expect(one["text"] as? String == "Las impresoras" && one["lang"] as? String == "es")
        #expect(one["terms"] as? [String] == ["las", "impresor"])
        let batch = try cli.run(["kb", "analyze", "--stdin", "--json"], stdin: "printers\n\nrunning jobs\n")
        let terms = batch.stdout.split(separator: "\n").map {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["terms"] as? [String]
        }
        #expect(terms == [["printer"], [], ["run", "job"]])
    }
}
