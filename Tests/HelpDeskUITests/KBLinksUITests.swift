import Foundation
import HelpDeskCore
import HelpDeskStore
import Synchronization
import Testing
import TerminalKit
@testable import HelpDeskUI

/// The knowledge base's links, drafts and gaps driven by keys on the real store: `K` on a
/// resolved ticket, the reader's and the detail's links, gap searches from the KB screen and
/// the intake, and the dashboard's KB-gaps drill-down.
@Suite("KB links, drafts and gaps (keys)")
struct KBLinksUITests {
    /// An editor that keeps what it was given and answers with a fixed text (nil: quit unsaved).
    final class ScriptedEditor: TextEditing, @unchecked Sendable {
        let answer: (String) -> String?
        private(set) var given: [String] = []
        init(_ answer: @escaping (String) -> String?) { self.answer = answer }
        func edit(_ text: String) throws -> String? {
            given.append(text)
            return answer(text)
        }
    }

    /// The fixture's mail ticket (escalated to L2, network) taken and resolved by luis.
    static func resolvedMail(_ desk: UITestDesk) throws {
        _ = try desk.db.perform(.take, on: desk.mail, expectedVersion: nil, by: .luis, now: desk.at(50))
        _ = try desk.db.perform(.resolve(resolution: "Restarted the SMTP relay and renewed its TLS certificate.", articleID: nil),
                                on: desk.mail, expectedVersion: nil, by: .luis, now: desk.at(30))
    }

    @Test("the hand-off card and the history name the articles L1 read by reference and title, not by bare id")
    func handOffNamesArticles() throws {
        let desk = try UITestDesk(fillers: 0)
        let articles = try desk.addArticles()
        let read = try #require(articles.first { $0.externalID == "KB-41" })
        _ = try desk.db.perform(.viewArticle(read.id), on: desk.vpn, expectedVersion: nil, by: UITestDesk.ana, now: desk.at(150))
        _ = try desk.db.perform(.escalate(Escalation(target: .tier(.l2), area: "network", reason: "certificate expired",
                                                     tried: "re-entered the password")),
                                on: desk.vpn, expectedVersion: nil, by: UITestDesk.ana, now: desk.at(140))
        let (app, terminal) = desk.app(.luis, columns: 100, rows: 30)
        app.execute(command: "open \(desk.vpn)")
        app.runUntilIdle()
        let line = try #require(terminal.screen.textLines().first { $0.contains("KB read:") })
        #expect(line.contains("KB-41 VPN: \"authentication failed\""), "\(line)")
        #expect(!line.contains("KB-\(read.id) "), "\(line)")
        #expect(terminal.text.contains("article KB-41 VPN: \"authentication failed\" after a pass… read by ana"))
    }

    @Test("L1 presses K on a resolved ticket: refused with the core's reason, no article, no editor")
    func l1Refused() throws {
        let desk = try UITestDesk(fillers: 0)
        try Self.resolvedMail(desk)
        let editor = ScriptedEditor { $0 }
        let (app, terminal) = desk.app(.ana, columns: 160, editor: editor)
        app.execute(command: "open \(desk.mail)")
        app.runUntilIdle()
        try terminal.press("K", in: app)
        #expect(terminal.text.contains("only L2, L3 and supervisors write up resolutions"))
        #expect(editor.given.isEmpty)
        #expect(try desk.db.articleCount(status: nil) == 0)
        #expect(app.topScreen is TicketDetailScreen)
    }

    @Test("K on an open ticket is refused: resolve it first")
    func openTicketRefused() throws {
        let desk = try UITestDesk(fillers: 0)
        let editor = ScriptedEditor { $0 }
        let (app, terminal) = desk.app(.luis, columns: 160, editor: editor)
        app.execute(command: "open \(desk.mail)")
        app.runUntilIdle()
        try terminal.press("K", in: app)
        #expect(terminal.text.contains("only a resolved or closed ticket can become an article"))
        #expect(editor.given.isEmpty)
        #expect(try desk.db.articleCount(status: nil) == 0)
    }

    @Test("L2 presses K on a resolved ticket: the pre-filled draft goes to the editor, is saved as a draft linked to the ticket, the reader opens on it")
    func draftFromTicket() throws {
        let desk = try UITestDesk(fillers: 0)
        try Self.resolvedMail(desk)
        let editor = ScriptedEditor { $0.replacingOccurrences(of: "# Servidor de correo caído", with: "# Correo caído: reiniciar el relay SMTP") }
        let (app, terminal) = desk.app(.luis, columns: 160, editor: editor)
        app.execute(command: "open \(desk.mail)")
        app.runUntilIdle()
        try terminal.press("K", in: app)
        let given = try #require(editor.given.first)
        #expect(given.hasPrefix("# Servidor de correo caído\n\n## Síntoma\n\nNadie en Contoso recibe correo desde las 12:30."))
        #expect(given.contains("- L1 → L2 (ana): the mail relay refuses connections"))
        #expect(given.contains("Restarted the SMTP relay"))
        let reader = try #require(app.topScreen as? ArticleReaderScreen)
        let article = try #require(reader.article)
        #expect(article.title == "Correo caído: reiniciar el relay SMTP")
        #expect(article.status == .draft && article.author == "luis" && article.lang == .es && article.category == "network")
        #expect(terminal.text.contains("Correo caído: reiniciar el relay SMTP"))
        #expect(terminal.text.contains("tickets: #\(desk.mail) drafted from"))
        #expect(try desk.db.articleLinks(ticketID: desk.mail).map(\.kind) == [.draftedFrom])
        // Back to the ticket: its detail lists the article.
        try terminal.press("<esc>", in: app)
        #expect(terminal.text.contains("KB: KB-\(article.id) Correo caído: reiniciar el relay"))
        #expect(try desk.db.integrityProblems().isEmpty)
    }

    @Test("K, then the editor quits without saving: nothing is written")
    func editorCancelled() throws {
        let desk = try UITestDesk(fillers: 0)
        try Self.resolvedMail(desk)
        let (app, terminal) = desk.app(.luis, editor: ScriptedEditor { _ in nil })
        app.execute(command: "open \(desk.mail)")
        app.runUntilIdle()
        let events = try desk.db.events(ticketID: desk.mail).count
        try terminal.press("K", in: app)
        #expect(terminal.text.contains("no article was drafted from #\(desk.mail)"))
        #expect(try desk.db.articleCount(status: nil) == 0)
        #expect(try desk.db.events(ticketID: desk.mail).count == events)
        #expect(app.topScreen is TicketDetailScreen)
    }

    @Test("the reader lists the tickets linked to the article, newest first, with how")
    func readerShowsLinks() throws {
        let desk = try UITestDesk(fillers: 0)
        let kb = try KBFixture(desk)
        _ = try desk.db.perform(.linkArticle(kb.passwordEN), on: desk.outlook, expectedVersion: nil, by: .ana, now: desk.at(20))
        _ = try desk.db.perform(.resolve(resolution: "reset it", articleID: kb.passwordEN), on: desk.outlook, expectedVersion: nil,
                                by: .ana, now: desk.at(10))
        _ = try desk.db.perform(.linkArticle(kb.passwordEN), on: desk.vpn, expectedVersion: nil, by: .ana, now: desk.at(5))
        let (app, terminal) = desk.app(.luis)
        try terminal.press("5", in: app)
        terminal.type("reset domain", in: app)
        try terminal.press("<enter> <enter>", in: app)
        #expect(app.topScreen is ArticleReaderScreen)
        #expect(terminal.text.contains("helpful 0 · not helpful 0 · used 1"))
        #expect(terminal.text.contains("tickets: #\(desk.vpn) suggested · #\(desk.outlook) used · #\(desk.outlook) suggested"))
    }

    @Test("more linked tickets than the width holds: whole ids only, then …")
    func readerLinksFitTheWidth() throws {
        let desk = try UITestDesk(fillers: 30)
        let kb = try KBFixture(desk)
        let linked = try desk.db.tickets(matching: TicketQuery(limit: 30)).map(\.id)
        for id in linked {
            _ = try desk.db.perform(.linkArticle(kb.passwordEN), on: id, expectedVersion: nil, by: .sofia, now: desk.at(5))
        }
        let (app, terminal) = desk.app(.luis)
        try terminal.press("5", in: app)
        terminal.type("reset domain", in: app)
        try terminal.press("<enter> <enter>", in: app)
        let line = try #require(terminal.screen.textLines().first { $0.contains("tickets: #") })
        #expect(line.hasSuffix(" · …"), "\(line)")
        let shown = line.split(separator: "#").dropFirst().compactMap { Int64($0.prefix { $0.isNumber }) }
        #expect(!shown.isEmpty)
        #expect(Set(shown).isSubset(of: Set(linked)), "a cut id is not a ticket: \(line)")
        #expect(line.displayWidth <= 79)
    }

    @Test("5 on a ticket's detail opens the KB for that ticket: L links the article (list or reader), back returns to the ticket")
    func linkFromTicket() throws {
        let desk = try UITestDesk(fillers: 0)
        _ = try desk.addArticles()
        let (app, terminal) = desk.app(.ana, columns: 80, rows: 24)
        app.execute(command: "open \(desk.vpn)")
        app.runUntilIdle()
        try terminal.press("5", in: app)
        let kb = try #require(app.topScreen as? KnowledgeBaseScreen)
        #expect(kb.workingTicket == desk.vpn)
        // At 80 columns too: the counters that do not fit go, the ticket's stays.
        #expect(terminal.text.contains("for #\(desk.vpn)"))
        terminal.type("vpn authentication", in: app)
        try terminal.press("<enter>", in: app)
        #expect(terminal.text.contains("L link"))
        let chosen = try #require((app.topScreen as? KnowledgeBaseScreen)?.selected)
        try terminal.press("L", in: app)
        #expect(terminal.text.contains("Article linked to #\(desk.vpn)."))
        #expect(try desk.db.articleLinks(ticketID: desk.vpn).map(\.articleID) == [chosen.id])
        // The reader links too, and shows the link at once.
        try terminal.press("<enter>", in: app)
        try terminal.press("L", in: app)
        #expect(terminal.text.contains("tickets: #\(desk.vpn)"))
        // Back twice: the list, then the ticket, whose detail now names the article.
        try terminal.press("<esc> <esc>", in: app)
        #expect((app.topScreen as? TicketDetailScreen)?.ticketID == desk.vpn)
        #expect(terminal.text.contains(try #require(chosen.externalID)), "\(terminal.text)")
    }

    @Test("L in the KB opened with 5 from a list has no ticket: it explains how to link instead of guessing")
    func linkWithoutTicket() throws {
        let desk = try UITestDesk(fillers: 0)
        _ = try desk.addArticles()
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30)
        try terminal.press("5", in: app)
        terminal.type("vpn", in: app)
        try terminal.press("<enter> L", in: app)
        #expect(terminal.text.contains("open the knowledge base from a ticket (5 on its detail)"))
        #expect(try desk.db.articleLinks(ticketID: desk.vpn).isEmpty)
    }

    @Test("KB screen: a search left with no result is recorded once; typing is not; the intake records a ticket logged without suggestions")
    func gapSearches() throws {
        let desk = try UITestDesk(fillers: 0)
        _ = try KBFixture(desk)
        let (app, terminal) = desk.app(.ana, start: .kb)
        terminal.type("firma digital", in: app)
        let period = (UITestDesk.now - 86_400, UITestDesk.now + 86_400)
        #expect(try desk.db.knowledgeGaps(from: period.0, to: period.1).gapSearches == 0)  // while typing: nothing
        try terminal.press("<enter>", in: app)
        try terminal.press("<tab>", in: app)  // back to the field and out again: the same settled query counts once
        try terminal.press("<esc>", in: app)  // with no result Enter keeps the field; Esc leaves it
        var gaps = try desk.db.knowledgeGaps(from: period.0, to: period.1)
        #expect(gaps.searches.map(\.query) == ["firma digital"] && gaps.gapSearches == 1 && gaps.searches.first?.lastAgent == "ana")

        try terminal.press("1", in: app)
        try terminal.press("n", in: app)
        terminal.type("marta.ruiz@contoso.example", in: app)
        try terminal.press("<tab> <tab>", in: app)
        terminal.type("Firma digital caducada", in: app)
        app.tick()
        app.runUntilIdle()
        try terminal.press("<ctrl+s>", in: app)
        gaps = try desk.db.knowledgeGaps(from: period.0, to: period.1)
        #expect(Set(gaps.searches.map(\.query)) == ["firma digital", "firma digital caducada"])
    }

    @Test("dashboard: → to the KB-gaps tile, Enter lists uncovered categories' tickets and gap searches; Enter opens them")
    func gapsDrillDown() throws {
        let desk = try DashboardTests.desk()
        _ = try desk.addArticles()  // network now has articles: only "os" stays uncovered
        let (app, terminal) = desk.app(.sofia, columns: 100, rows: 30)
        try terminal.press("l l", in: app)
        #expect((app.topScreen as? DashboardScreen)?.tile == .kbGaps)
        try terminal.press("<enter>", in: app)
        let gaps = try #require(app.topScreen as? KBGapsScreen)
        #expect(gaps.gaps.uncoveredCategories.map(\.category) == ["os"])
        #expect(terminal.text.contains("ESCALATED, NO ARTICLE"))
        #expect(terminal.text.contains("#\(desk.printer)  Impresora 3er piso atasca"))
        #expect(terminal.text.contains("“firma digital”"))
        try terminal.press("<enter>", in: app)
        #expect((app.topScreen as? TicketDetailScreen)?.ticketID == desk.printer)
        try terminal.press("<esc> j <enter>", in: app)
        let kb = try #require(app.topScreen as? KnowledgeBaseScreen)
        #expect(kb.query.text == "firma digital" && kb.language == .es)
        // Opening a gap to check it is not a new gap.
        try terminal.press("<enter>", in: app)
        #expect(try desk.db.knowledgeGaps(from: UITestDesk.now - 86_400, to: UITestDesk.now + 86_400).searches.first?.count == 3)
    }

    @Test("hostile categories and subjects in the tile and the drill-down are drawn as visible placeholders, fitted to 80 columns")
    func hostileGapText() throws {
        let desk = try UITestDesk(fillers: 0)
        let hostile = "net\u{1B}]52;c;SGVsbG8=\u{07}\u{202E}漢字👨‍👩‍👧 " + String(repeating: "w", count: 120)
        // Subject, category and area are short fields the app now refuses such text in; a
        // database from before the limits may still hold it.
        let id = try desk.db.createTicket(NewTicket(subject: "Evil subject", requester: "r", category: "net"),
                                          by: .ana, now: desk.at(30)).id
        _ = try desk.db.perform(.escalate(Escalation(target: .tier(.l2), area: "net", reason: "r", tried: "t")),
                                on: id, expectedVersion: nil, by: .ana, now: desk.at(20))
        try desk.db.storeLegacyText(ticket: id, subject: "Evil \u{1B}[2J subject", category: hostile)
        _ = desk.db.recordSearchGap(query: "firma\u{1B}[31m digital\u{202E}", lang: nil, agent: "ana", now: desk.at(10))
        let (app, terminal) = desk.app(.sofia)
        for screen in [terminal.text] {
            #expect(!screen.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{07}" })
            #expect(screen.contains("▲ net␛]52;c;SGVsb… 1"))
            #expect(screen.split(separator: "\n").allSatisfy { $0.displayWidth <= 80 })
        }
        try terminal.press("l l <enter>", in: app)
        #expect(app.topScreen is KBGapsScreen)
        let list = terminal.text
        #expect(!list.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        #expect(list.contains("#\(id)  Evil ␛[2J subject"))
        #expect(list.contains("“firma [31m digital”"))
        #expect(list.split(separator: "\n").allSatisfy { $0.displayWidth <= 80 })
    }
}
