import Foundation
import Testing

/// End-to-end through the built binary: article ↔ ticket links, drafting an article from a
/// resolved ticket, and the KB-gaps data in `kb gaps` and `report`.
@Suite("CLI: KB links, drafts and gaps", .serialized)
struct KBLinksCLITests {
    let cli = CLIRunner()
    var ticket = ""
    var article = ""

    /// A network ticket escalated from L1 to L2 and resolved there, and one published article
    /// in another category (so "network" is an uncovered category).
    init() throws {
        try cli.run(["init"])
        for (login, role) in [("root", "admin"), ("ana", "l1"), ("luis", "l2"), ("sofia", "supervisor")] {
            let r = try cli.run(["agent", "add", login, "--name", login.capitalized, "--role", role, "--area", "network"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let added = try cli.json(["kb", "add", "--title", "Reset a domain password", "--body", "Use dsa.msc.", "--lang", "en",
                                  "--category", "access", "--id", "KB-12"])
        article = "\(added["id"] as! Int)"
        _ = try cli.run(["kb", "publish", "KB-12"])
        let created = try cli.json(["--as", "ana", "ticket", "new", "--subject", "No puedo conectarme a la VPN",
                                    "--requester", "marta@contoso.example", "--category", "network",
                                    "--description", "El cliente VPN dice que la autenticación ha fallado desde esta mañana."])
        ticket = "\(created["id"] as! Int)"
        _ = try cli.json(["--as", "ana", "ticket", "escalate", ticket, "--to", "l2", "--area", "network",
                          "--reason", "el certificado ha caducado", "--tried", "reiniciar el cliente VPN"])
        _ = try cli.json(["--as", "luis", "ticket", "take", ticket])
    }

    @Test("kb draft-from-ticket: refused while open (65) and for L1 (77); then a Spanish draft linked to the ticket")
    func draftFromTicket() throws {
        let open = try cli.run(["--as", "luis", "kb", "draft-from-ticket", ticket])
        #expect(open.status == 65)
        #expect(open.stderr.contains("only a resolved or closed ticket can become an article"))
        _ = try cli.json(["--as", "luis", "ticket", "resolve", ticket, "--resolution", "Renovado el certificado de la VPN."])
        let l1 = try cli.run(["--as", "ana", "kb", "draft-from-ticket", ticket, "--json"])
        #expect(l1.status == 77 && l1.stdout.isEmpty)
        #expect(l1.stderr.contains("only L2, L3 and supervisors"))
        #expect(try cli.run(["--as", "luis", "kb", "draft-from-ticket", "999"]).status == 65)
        #expect(try cli.run(["--as", "luis", "kb", "draft-from-ticket"]).status == 64)

        let draft = try cli.json(["--as", "luis", "kb", "draft-from-ticket", ticket])
        #expect(draft["status"] as? String == "draft")
        #expect(draft["lang"] as? String == "es")
        #expect(draft["category"] as? String == "network")
        #expect(draft["title"] as? String == "No puedo conectarme a la VPN")
        let body = try #require(draft["body"] as? String)
        #expect(body.contains("## Qué se probó") && body.contains("reiniciar el cliente VPN") && body.contains("Renovado el certificado"))
        let links = try #require(draft["linked_tickets"] as? [[String: Any]])
        #expect(links.count == 1 && links.first?["kind"] as? String == "drafted-from" && "\(links.first?["ticket_id"] ?? "")" == ticket)

        let shown = try cli.json(["ticket", "show", ticket])
        let articles = try #require(shown["articles"] as? [[String: Any]])
        #expect(articles.map { $0["kind"] as? String } == ["drafted-from"])
        #expect(articles.first?["article_id"] as? Int == draft["id"] as? Int)
        #expect(try cli.run(["db", "check"]).status == 0)
    }

    @Test("ticket link-article and resolve --kb: links with kinds, the use count from resolutions, kb show text and JSON")
    func linksAndUseCount() throws {
        let linked = try cli.run(["--as", "luis", "ticket", "link-article", ticket, "KB-12", "--json"])
        #expect(linked.status == 0, "\(linked.stderr)")
        #expect(try cli.run(["--as", "luis", "ticket", "link-article", ticket, "nope"]).status == 65)
        #expect(try cli.run(["--as", "luis", "ticket", "link-article", ticket]).status == 64)
        // L1 cannot act on an L2 ticket: the workflow's permission rule, exit 77.
        #expect(try cli.run(["--as", "ana", "ticket", "link-article", ticket, "KB-12"]).status == 77)
        var shown = try cli.json(["kb", "show", "KB-12"])
        #expect(shown["use_count"] as? Int == 0 && shown["helpful"] as? Int == 0 && shown["not_helpful"] as? Int == 0)
        _ = try cli.json(["--as", "luis", "ticket", "resolve", ticket, "--resolution", "password reset", "--kb", article])
        shown = try cli.json(["kb", "show", "KB-12"])
        #expect(shown["use_count"] as? Int == 1)
        let kinds = (shown["linked_tickets"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }.sorted()
        #expect(kinds == ["suggested", "used"])
        let text = try cli.run(["kb", "show", "KB-12"]).stdout
        #expect(text.contains("used 1 · helpful 0 · not helpful 0"))
        #expect(text.contains("#\(ticket) used by luis"))
        #expect(try cli.run(["ticket", "show", ticket]).stdout.contains("Article:   KB-12 Reset a domain password (used by luis)"))
    }

    /// The contract writes `resolve ID --resolution TEXT [--kb ARTICLE]`; an article is named by
    /// its id or its external id everywhere else (`kb show`, `ticket link-article`).
    @Test("resolve --kb takes the article's external id as well as its id; an unknown one is bad data (65)")
    func resolveWithExternalID() throws {
        let unknown = try cli.run(["--as", "luis", "ticket", "resolve", ticket, "--resolution", "x", "--kb", "KB-404"])
        #expect(unknown.status == 65 && unknown.stderr.contains("KB-404"), "\(unknown.stderr)")
        let resolved = try cli.json(["--as", "luis", "ticket", "resolve", ticket, "--resolution", "password reset", "--kb", "KB-12"])
        #expect(resolved["status"] as? String == "resolved")
        let events = try cli.json(["ticket", "show", ticket])["events"] as? [[String: Any]] ?? []
        #expect(events.last?["type"] as? String == "resolved")
        #expect("\(events.last?["article_id"] ?? "")" == article)
        #expect(try cli.json(["kb", "show", "KB-12"])["use_count"] as? Int == 1)
    }

    @Test("gaps: an interactive zero-result search is recorded once and counted again; --stdin batch never writes")
    func gaps() throws {
        #expect(try cli.run(["kb", "search", "firma digital"]).status == 0)
        #expect(try cli.run(["kb", "search", "FIRMA  Digital"]).status == 0)
        #expect(try cli.run(["kb", "search", "password"]).status == 0)  // found: not a gap
        let batch = try cli.run(["kb", "search", "--stdin", "--json"], stdin: "certificado caducado\nfirma digital\n")
        #expect(batch.status == 0)
        let gaps = try cli.json(["kb", "gaps"])
        #expect(gaps["gap_searches"] as? Int == 2 && gaps["gap_queries"] as? Int == 1)
        let searches = try #require(gaps["searches"] as? [[String: Any]])
        #expect(searches.count == 1)
        #expect(searches.first?["query"] as? String == "firma digital" && searches.first?["count"] as? Int == 2)
        #expect(searches.first?["last_agent"] as? String == "root" && searches.first?["lang"] is NSNull)
        let categories = try #require(gaps["uncovered_categories"] as? [[String: Any]])
        #expect(categories.first?["category"] as? String == "network" && categories.first?["escalated_tickets"] as? Int == 1)
        #expect(((categories.first?["tickets"] as? [[String: Any]])?.first?["id"]).map { "\($0)" } == ticket)
        #expect(try cli.run(["kb", "gaps"]).stdout.contains("firma digital"))
        #expect(try cli.run(["kb", "gaps", "--from", "2026-13-01"]).status == 64)

        let report = try cli.json(["report"])
        let kbGaps = try #require(report["kb_gaps"] as? [String: Any])
        #expect(kbGaps["gap_searches"] as? Int == 2)
        #expect((kbGaps["uncovered_categories"] as? [Any])?.count == 1)
        let csv = try cli.run(["report", "--csv"]).stdout
        #expect(csv.contains("kb_gap_searches,,2") && csv.contains("kb_gap_query,firma digital,2") && csv.contains("kb_uncovered_category,network,1"))
        #expect(try cli.run(["report"]).stdout.contains("KB gaps:"))
    }
}
