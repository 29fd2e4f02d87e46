import Foundation
import HelpDeskCore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// The intake form driven by keys: required fields, live priority, the reader recording a
/// view once the ticket exists, and `x` resolving at first contact with the article linked.
@Suite("Intake (keys)")
struct IntakeUITests {
    @Test("Ctrl-S with an empty subject says so and keeps the form; the priority follows impact and urgency")
    func required() throws {
        let desk = try UITestDesk(fillers: 2)
        let (app, terminal) = desk.app(.ana, start: .l1)
        try terminal.press("n", in: app)
        #expect(app.topScreen is IntakeScreen)
        try terminal.press("<ctrl+s>", in: app)
        #expect(terminal.text.contains("⚠ Requester is required."))
        #expect(terminal.text.contains("⚠ Subject is required."))
        #expect((app.topScreen as? IntakeScreen)?.focus == .requester)
        #expect(terminal.text.contains("→ P3"))
        try terminal.press("<tab> <tab> <tab> <tab> <tab> <right> <tab> <right>", in: app)  // impact high, urgency high
        #expect(terminal.text.contains("→ P1"))
    }

    @Test("reading a suggestion then x: the ticket is logged, the view recorded, the article linked, resolved at first contact")
    func resolveAtFirstContact() throws {
        let desk = try UITestDesk(fillers: 2)
        try desk.addArticles()
        let (app, terminal) = desk.app(.ana, start: .l1)
        try terminal.press("n", in: app)
        terminal.type("marta.ruiz@contoso.example", in: app)
        try terminal.press("<tab> <tab>", in: app)
        terminal.type("vpn authentication failed", in: app)
        app.tick()
        app.runUntilIdle()
        let intake = try #require(app.topScreen as? IntakeScreen)
        let first = try #require(intake.suggestions.first)
        #expect(!intake.suggestions.contains { $0.externalID == "KB-90" })  // drafts are never suggested
        try terminal.press("<tab> <tab> <tab> <tab> <tab> <enter>", in: app)
        app.tick()
        app.runUntilIdle()
        #expect(terminal.text.contains(first.title.prefix(20)))
        try terminal.press("x", in: app)
        app.tick()
        app.runUntilIdle()
        #expect(app.topScreen is L1ConsoleScreen)
        #expect(terminal.text.contains("resolved at first contact with \(first.reference)"))

        let ticket = try #require(try desk.db.tickets(matching: TicketQuery(text: "vpn authentication failed", limit: 5)).first { $0.subject == "vpn authentication failed" })
        #expect(ticket.status == .resolved)
        #expect(ticket.firstContactResolution)
        let events = try desk.db.events(ticketID: ticket.id)
        #expect(events.map(\.type) == [.created, .kbViewed, .kbLinked, .resolved])
        #expect(events.last?.articleID == first.id)
        #expect(try desk.db.article(id: first.id)?.useCount == 1)
        // The link rows were written with those events, not afterwards.
        #expect(try desk.db.articleLinks(ticketID: ticket.id).map(\.kind) == [.suggested, .used])
    }

    @Test("an article read from the suggestions is rendered from Markdown, as in the knowledge base's reader")
    func readerRendersMarkdown() throws {
        let desk = try UITestDesk(fillers: 2)
        _ = try desk.db.addArticle(ArticleDraft(externalID: "KB-OUT", title: "Outlook keeps asking for the password",
                                                body: "1. Close Outlook.\n2. Open *Credential Manager* and remove the **Office** entries.",
                                                lang: .en, category: "applications"), status: .published, author: "luis", now: desk.at(1000))
        let (app, terminal) = desk.app(.ana, start: .l1)
        try terminal.press("n", in: app)
        try terminal.press("<tab> <tab>", in: app)
        terminal.type("outlook password", in: app)
        app.tick()
        app.runUntilIdle()
        try terminal.press("<tab> <tab> <tab> <tab> <tab> <enter>", in: app)
        #expect(terminal.text.contains("Open Credential Manager and remove the Office entries."), "\(terminal.text)")
        #expect(!terminal.text.contains("*Credential Manager*"))
    }
}
