import Foundation
import HelpDeskCore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// One-line fields of the forms follow ``FieldLimits``: typing past the limit (or pasting a
/// control character) is flagged under the field at once, in the technician's language; saving
/// is refused with the same message, what was typed stays, and nothing is written.
@Suite("Short fields in the forms (keys)")
struct ShortTextFormTests {
    @Test("intake: the 201st character of the subject is flagged at once; Ctrl-S keeps the form and writes nothing; one Backspace and it saves")
    func intakeSubject() throws {
        let desk = try UITestDesk(fillers: 0)
        let before = try desk.db.countTickets(matching: TicketQuery(limit: 1000))
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30, start: .l1)
        try terminal.press("n", in: app)
        terminal.type("marta.ruiz@contoso.example", in: app)
        try terminal.press("<tab> <tab>", in: app)
        let subject = String(repeating: "ñ", count: 200)
        terminal.type(subject, in: app)
        #expect(!terminal.text.contains("⚠"))
        terminal.type("x", in: app)
        #expect(terminal.text.contains("⚠ Subject is 201 characters; at most 200."), "\(terminal.text)")

        try terminal.press("<ctrl+s>", in: app)
        let intake = try #require(app.topScreen as? IntakeScreen)
        #expect(intake.focus == .subject)
        #expect(intake.subject.text == subject + "x")  // kept as typed
        #expect(terminal.text.contains("⚠ Subject is 201 characters; at most 200."))
        #expect(try desk.db.countTickets(matching: TicketQuery(limit: 1000)) == before)

        try terminal.press("<backspace>", in: app)
        #expect(!terminal.text.contains("⚠"))
        try terminal.press("<ctrl+s>", in: app)
        #expect(app.topScreen is TicketDetailScreen)
        #expect(try desk.db.countTickets(matching: TicketQuery(limit: 1000)) == before + 1)
    }

    @Test("intake in Spanish: a pasted escape sequence in the area is named by code point, and the requester's limit is the e-mail one")
    func intakeSpanish() throws {
        let desk = try UITestDesk(fillers: 0)
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30, language: .es, start: .l1)
        try terminal.press("n", in: app)
        terminal.type(String(repeating: "a", count: 243) + "@example.com", in: app)  // 255 characters
        #expect(terminal.text.contains("⚠ Solicitante tiene 255 caracteres; como máximo 254."), "\(terminal.text)")
        try terminal.press("<backspace>", in: app)
        #expect(!terminal.text.contains("⚠"))
        try terminal.press("<tab> <tab>", in: app)
        terminal.type("La impresora no imprime", in: app)
        try terminal.press("<tab> <tab>", in: app)  // details, then area
        #expect((app.topScreen as? IntakeScreen)?.focus == .area)
        try terminal.press("r e d", in: app)
        app.send(.key(.character("\u{1b}")))
        app.runUntilIdle()
        #expect(terminal.text.contains("⚠ Área contiene el carácter de control U+001B (escape); quítalo."), "\(terminal.text)")
        try terminal.press("<ctrl+s>", in: app)
        #expect(app.topScreen is IntakeScreen)
        #expect((app.topScreen as? IntakeScreen)?.focus == .area)
        HostileTextTests.assertHarmless(terminal.screen)
    }

    @Test("escalation wizard: a vendor name over 100 characters is flagged while typing and stops the target step")
    func wizardVendorName() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30)
        app.execute(command: "open \(desk.vpn)")
        app.runUntilIdle()
        try terminal.press("e <down> <down>", in: app)  // L2, L3, vendor
        let wizard = { (app.topScreen as? EscalationWizardScreen)?.wizard }
        #expect(wizard()?.target == .vendor)
        try terminal.press("<tab>", in: app)
        terminal.type(String(repeating: "v", count: 101), in: app)
        #expect(terminal.text.contains("⚠ Vendor / department name is 101 characters; at most 100."), "\(terminal.text)")
        try terminal.press("<enter>", in: app)
        #expect(wizard()?.step == .target)
        try terminal.press("<backspace>", in: app)
        #expect(!terminal.text.contains("⚠"))
        try terminal.press("<enter>", in: app)
        #expect(wizard()?.step == .area)
    }

    @Test("article editor: a title over 200 characters is not saved; E opens the refused text again")
    func articleTitle() throws {
        let desk = try UITestDesk(fillers: 0)
        let articles = try desk.addArticles()
        let longTitle = String(repeating: "T", count: 201)
        let editor = KBLinksUITests.ScriptedEditor { text in
            text.hasPrefix("# \(longTitle)") ? text : "# \(longTitle)\n\nNew body."
        }
        let (app, terminal) = desk.app(.luis, columns: 100, rows: 30, editor: editor)
        let article = articles[2]
        app.push(ArticleReaderScreen(knowledgeBase: desk.db, articleID: article.id))
        app.runUntilIdle()
        try terminal.press("E", in: app)
        #expect(terminal.text.contains("Title is 201 characters; at most 200."), "\(terminal.text)")
        #expect(try desk.db.article(id: article.id)?.version == article.version)
        try terminal.press("E", in: app)
        #expect(editor.given.last?.hasPrefix("# \(longTitle)\n\nNew body.") == true)
    }

    @Test("a theme's name or description that is too long or holds a control character is an error at its line; the file name is kept")
    func themeName() throws {
        let source = "name = \"mine\\u001b[2J\"\ndescription = \"\(String(repeating: "d", count: 201))\"\n[roles]\ntitle = { fg = \"red\" }\n"
        let (document, diagnostics) = ThemeParser.parse(file: "mine.toml", source: source, defaultName: "mine")
        #expect(document?.name == "mine" && document?.description == "")
        #expect(Set(diagnostics.map(\.description)) == [
            "mine.toml:1:1: error: name: theme name contains the control character U+001B (escape); remove it",
            "mine.toml:2:1: error: description: theme description is 201 characters; at most 200",
        ])
        let fine = ThemeParser.parse(file: "ok.toml", source: "name = \"  Alto contraste \"\n", defaultName: "ok")
        #expect(fine.document?.name == "Alto contraste" && fine.diagnostics.isEmpty)
    }
}
