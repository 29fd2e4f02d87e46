import Foundation
import Testing

/// Who decides what the whole desk reads: L1 writes articles and submits them for review; L2,
/// L3, supervisors and admins publish and retire them (`ArticleLifecycle`). The terminal UI
/// always refused an L1 publish; the command line must refuse it too, with 77.
@Suite("CLI: knowledge-base roles", .serialized)
struct KBRolesCLITests {
    let cli = CLIRunner()

    init() throws {
        for (login, role) in [("root", "admin"), ("ana", "l1"), ("luis", "l2")] {
            let r = try cli.run(["agent", "add", login, "--name", login.capitalized, "--role", role])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let added = try cli.run(["--as", "ana", "kb", "add", "--title", "Impresora atascada", "--body", "Abra la bandeja 2.",
                                 "--lang", "es", "--id", "prn-1"])
        #expect(added.status == 0, "\(added.stderr)")
    }

    func status(_ article: String) throws -> String? {
        try cli.json(["kb", "show", article])["status"] as? String
    }

    func importFile() throws -> String {
        let file = cli.folder.appendingPathComponent("a.jsonl")
        try Data(#"{"id": "net-1", "title": "VPN drops", "body": "Restart the VPN client.", "lang": "en"}"#.utf8).write(to: file)
        return file.path
    }

    @Test("L1 submits for review but cannot publish or retire: 77 with the reason, the article unchanged")
    func l1LifecycleRefused() throws {
        #expect(try cli.run(["--as", "ana", "kb", "review", "prn-1"]).status == 0)
        let publish = try cli.run(["--as", "ana", "kb", "publish", "prn-1", "--json"])
        #expect(publish.status == 77 && publish.stdout.isEmpty)
        #expect(publish.stderr.contains("only L2, L3 and supervisors review articles"), "\(publish.stderr)")
        #expect(try status("prn-1") == "review")
        #expect(try cli.run(["--as", "luis", "kb", "publish", "prn-1"]).status == 0)
        #expect(try cli.run(["--as", "ana", "kb", "retire", "prn-1"]).status == 77)
        #expect(try status("prn-1") == "published")
        #expect(try cli.run(["--as", "luis", "kb", "retire", "prn-1"]).status == 0)
        #expect(try status("prn-1") == "retired")
    }

    @Test("L1 cannot publish by adding with --publish (77, nothing written); without it the article is a draft")
    func l1AddPublishRefused() throws {
        let added = try cli.run(["--as", "ana", "kb", "add", "--title", "VPN", "--body", "b", "--id", "vpn-1", "--publish"])
        #expect(added.status == 77 && added.stderr.contains("without --publish"), "\(added.stderr)")
        #expect(try cli.run(["kb", "show", "vpn-1"]).status == 65)
        #expect(try cli.json(["--as", "ana", "kb", "add", "--title", "VPN", "--body", "b", "--id", "vpn-1"])["status"] as? String == "draft")
    }

    /// The contract: "imported articles are published unless --draft is given"; the demo's
    /// default technician is an L1 agent, and importing into a demo must work as written.
    @Test("kb import publishes whoever runs it, and makes drafts with --draft")
    func importFollowsTheContract() throws {
        let file = try importFile()
        #expect(try cli.run(["--as", "ana", "kb", "import", file, "--draft"]).status == 0)
        #expect(try status("net-1") == "draft")
        let other = cli.folder.appendingPathComponent("b.jsonl")
        try Data(#"{"id": "net-2", "title": "Wi-Fi", "body": "Forget the network.", "lang": "en"}"#.utf8).write(to: other)
        #expect(try cli.run(["--as", "ana", "kb", "import", other.path]).status == 0)
        #expect(try status("net-2") == "published")
    }

    @Test("L2 publishes by adding with --publish and by importing; a state the move cannot start from stays 65")
    func reviewersPublish() throws {
        #expect(try cli.json(["--as", "luis", "kb", "add", "--title", "VPN", "--body", "b", "--id", "vpn-1", "--publish"])["status"] as? String == "published")
        #expect(try cli.run(["--as", "luis", "kb", "import", try importFile()]).status == 0)
        #expect(try status("net-1") == "published")
        #expect(try cli.run(["--as", "luis", "kb", "retire", "net-1"]).status == 0)
        #expect(try cli.run(["--as", "luis", "kb", "review", "net-1"]).status == 65)
    }
}
