import Foundation
import HelpDeskCore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// Text being typed survives a signal: the app saves it when the terminal reports SIGINT,
/// SIGTERM or SIGHUP (and while typing), and the next start reopens the same screen with it.
/// Real database, real draft file; the virtual terminal plays the signal.
@Suite("Drafts survive signals")
struct DraftTests {
    let desk: UITestDesk
    let drafts: DraftFile

    init() throws {
        desk = try UITestDesk(fillers: 2)
        drafts = DraftFile(path: desk.folder.appendingPathComponent("state/helpdesk/drafts/desk-ana.json").path)
    }

    func open(_ id: Int64, _ terminal: VirtualTerminal, _ app: HelpDeskApp) throws {
        try terminal.press(":", in: app)
        terminal.type("open \(id)", in: app)
        try terminal.press("<enter>", in: app)
    }

    @Test("a reply typed when SIGTERM arrives is saved, reopened in the composer on the next start, and gone once sent")
    func replyAcrossSignal() throws {
        let (app, terminal) = desk.app(.ana, drafts: drafts)
        try open(desk.vpn, terminal, app)
        try terminal.press("r", in: app)
        terminal.type("Hola Marta, ya está renovado el certificado", in: app)
        terminal.pendingSignal = SIGTERM
        app.runUntilIdle()
        #expect(!app.isRunning)
        #expect(app.stopSignal == SIGTERM)
        #expect(try drafts.load() == Draft(kind: .reply, ticketID: desk.vpn, fields: ["text": "Hola Marta, ya está renovado el certificado"]))

        let (again, screen) = desk.app(.ana, drafts: drafts)
        let detail = try #require(again.topScreen as? TicketDetailScreen)
        #expect(detail.ticketID == desk.vpn)
        #expect(screen.text.contains("Draft restored (#\(desk.vpn))"))
        #expect(screen.text.contains("Hola Marta, ya está renovado el certificado"))
        screen.type(".", in: again)
        try screen.press("<ctrl+s>", in: again)
        let last = try #require(try desk.db.events(ticketID: desk.vpn).last)
        #expect(last.type == .reply && last.text == "Hola Marta, ya está renovado el certificado.")
        #expect(try drafts.load() == nil)
        #expect(!FileManager.default.fileExists(atPath: drafts.path))
    }

    @Test("text is written while typing, before any signal (a SIGKILL loses at most the save interval)")
    func savedWhileTyping() throws {
        let (app, terminal) = desk.app(.ana, drafts: drafts)
        try open(desk.vpn, terminal, app)
        try terminal.press("i", in: app)
        terminal.type("called twice, no answer", in: app)
        #expect(app.isRunning)
        #expect(try drafts.load() == Draft(kind: .note, ticketID: desk.vpn, fields: ["text": "called twice, no answer"]))
        let attributes = try FileManager.default.attributesOfItem(atPath: drafts.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: (drafts.path as NSString).deletingLastPathComponent)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
    }

    @Test("Esc on the composer asks first; y discards the text and the draft with it")
    func cancelDeletes() throws {
        let (app, terminal) = desk.app(.ana, drafts: drafts)
        try open(desk.vpn, terminal, app)
        try terminal.press("i", in: app)
        terminal.type("not worth keeping", in: app)
        #expect(try drafts.load() != nil)
        try terminal.press("<esc>", in: app)
        #expect(terminal.text.contains("Discard what you typed? y / n"))
        #expect(try drafts.load() != nil)
        try terminal.press("y", in: app)
        #expect(!terminal.text.contains("not worth keeping"))
        #expect(try drafts.load() == nil)
    }

    @Test("the intake form comes back field by field, in Spanish too")
    func intakeAcrossSignal() throws {
        let (app, terminal) = desk.app(.ana, language: .es, start: .l1, drafts: drafts)
        try terminal.press("n", in: app)
        terminal.type("marta.ruiz@contoso.example", in: app)
        try terminal.press("<tab> <tab>", in: app)
        terminal.type("La impresora no imprime", in: app)
        try terminal.press("<tab>", in: app)
        terminal.type("Sale una hoja en blanco", in: app)
        try terminal.press("<tab> <tab> <right>", in: app)  // impact high
        terminal.pendingSignal = SIGHUP
        app.runUntilIdle()
        #expect(app.stopSignal == SIGHUP)

        let (again, screen) = desk.app(.ana, language: .es, start: .l1, drafts: drafts)
        let intake = try #require(again.topScreen as? IntakeScreen)
        #expect(screen.text.contains("Borrador recuperado (Nuevo ticket)"))
        #expect(intake.newTicket.requester == "marta.ruiz@contoso.example")
        #expect(intake.newTicket.subject == "La impresora no imprime")
        #expect(intake.newTicket.description == "Sale una hoja en blanco")
        #expect(intake.impact == .high)
        try screen.press("<ctrl+s>", in: again)
        #expect(again.topScreen is TicketDetailScreen)
        #expect(try drafts.load() == nil)
    }

    @Test("the escalation wizard comes back on the step it was at, with its choices and texts, and the escalation goes through")
    func wizardAcrossSignal() throws {
        let (app, terminal) = desk.app(.ana, drafts: drafts)
        try open(desk.vpn, terminal, app)
        try terminal.press("e", in: app)
        #expect(app.topScreen is EscalationWizardScreen)
        try terminal.press("<enter>", in: app)  // L2
        terminal.type("network", in: app)
        try terminal.press("<enter>", in: app)
        terminal.type("certificate expired on the VPN gateway", in: app)
        try terminal.press("<enter> <tab>", in: app)
        terminal.type("reinstalled the client", in: app)
        terminal.pendingSignal = SIGINT
        app.runUntilIdle()
        let saved = try #require(try drafts.load())
        #expect(saved.kind == .escalation && saved["reason"] == "certificate expired on the VPN gateway")
        #expect(saved["tried"] == "reinstalled the client")
        #expect(saved["area"] == "network")

        let (again, screen) = desk.app(.ana, drafts: drafts)
        let wizard = try #require((again.topScreen as? EscalationWizardScreen)?.wizard)
        #expect(screen.text.contains("Draft restored (#\(desk.vpn))"))
        #expect(wizard.reason == "certificate expired on the VPN gateway")
        #expect(wizard.triedText == "reinstalled the client")
        #expect(wizard.area == "network")
        // Back on the step it was interrupted at, the earlier ones validated again.
        #expect(wizard.step == .tried)
        #expect(wizard.completed == [.target, .area, .reason])
        #expect(screen.text.contains("reinstalled the client"))
        try screen.press("<enter> <enter>", in: again)
        let ticket = try #require(try desk.db.ticket(id: desk.vpn))
        #expect(ticket.tier == .l2)
        #expect(try drafts.load() == nil)
    }

    @Test("a send-back coaching note comes back in its form")
    func sendBackAcrossSignal() throws {
        let luisDrafts = DraftFile(path: desk.folder.appendingPathComponent("luis.json").path)
        let (app, terminal) = desk.app(.luis, drafts: luisDrafts)
        try open(desk.mail, terminal, app)
        try terminal.press("b", in: app)
        terminal.type("check the relay's TLS settings first", in: app)
        terminal.pendingSignal = SIGTERM
        app.runUntilIdle()

        let (again, screen) = desk.app(.luis, drafts: luisDrafts)
        #expect(again.topScreen is TicketDetailScreen)
        #expect(screen.text.contains("check the relay's TLS settings first"))
        try screen.press("<ctrl+s>", in: again)
        #expect(try desk.db.ticket(id: desk.mail)?.tier == .l1)
        #expect(try luisDrafts.load() == nil)
    }

    @Test("a draft that cannot be reopened is left in place and the toast says where")
    func unrestorable() throws {
        try drafts.save(Draft(kind: .reply, ticketID: 999_999, fields: ["text": "for a ticket that is gone"]))
        let (app, terminal) = desk.app(.ana, drafts: drafts)
        #expect(terminal.text.contains("could not be reopened"))
        try terminal.press("q", in: app)
        #expect(try drafts.load()?.fields["text"] == "for a ticket that is gone")

        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: drafts.path))
        let (_, damaged) = desk.app(.ana, drafts: drafts)
        #expect(damaged.text.contains("could not be reopened"))
        #expect(try String(contentsOfFile: drafts.path, encoding: .utf8) == "{ not json")
    }

    @Test("the standard location is per database and per agent, under XDG_STATE_HOME or ~/.local/state")
    func location() {
        let a = DraftFile.standard(databasePath: "/srv/desk.sqlite", login: "ana", environment: ["XDG_STATE_HOME": "/tmp/st", "HOME": "/home/ana"])
        let b = DraftFile.standard(databasePath: "/srv/other.sqlite", login: "ana", environment: ["XDG_STATE_HOME": "/tmp/st"])
        let c = DraftFile.standard(databasePath: "/srv/desk.sqlite", login: "../luis", environment: ["HOME": "/home/luis"])
        #expect(a.path.hasPrefix("/tmp/st/helpdesk/drafts/") && a.path.hasSuffix("-ana@\(getpid()).json"))
        #expect(a.path != b.path)
        #expect(c.path.hasPrefix("/home/luis/.local/state/helpdesk/drafts/") && c.path.hasSuffix("-.._luis@\(getpid()).json"))
        #expect(!c.path.dropFirst("/home/luis/.local/state/helpdesk/drafts/".count).contains("/"))
    }

    /// A process id no process can have (above Linux's largest pid_max): a finished session.
    static let finished: Int32 = 99_999_999

    func session(_ pid: Int32) -> DraftFile {
        DraftFile.standard(databasePath: desk.db.path, login: "ana",
                           environment: ["XDG_STATE_HOME": desk.folder.appendingPathComponent("sessions").path], processID: pid)
    }

    @Test("two running sessions of the same agent keep one draft each; neither overwrites the other")
    func twoSessions() throws {
        let first = session(getpid()), second = session(getppid())
        #expect(first.path != second.path)
        try first.save(Draft(kind: .reply, ticketID: desk.vpn, fields: ["text": "from the first login"]))
        try second.save(Draft(kind: .note, ticketID: desk.mail, fields: ["text": "from the second login"]))
        #expect(try first.load()?.fields["text"] == "from the first login")
        #expect(try second.load()?.fields["text"] == "from the second login")
        // Both sessions are running: a third adopts neither.
        #expect(session(getpid()).orphans().isEmpty)
    }

    @Test("a new session adopts the newest draft a finished session left, once; a legacy per-agent file counts as finished")
    func adoption() throws {
        let gone = session(Self.finished)
        let legacy = DraftFile(path: String(gone.path.prefix { $0 != "@" }) + ".json")
        try legacy.save(Draft(kind: .reply, ticketID: desk.vpn, fields: ["text": "older, from the per-agent file"]))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -600)], ofItemAtPath: legacy.path)
        try gone.save(Draft(kind: .reply, ticketID: desk.vpn, fields: ["text": "newest, its session was killed"]))

        let mine = session(getpid())
        #expect(try mine.load()?.fields["text"] == "newest, its session was killed")
        #expect(!FileManager.default.fileExists(atPath: gone.path))
        // Another new session does not get the same text; it gets the next one left.
        #expect(try session(getppid()).load()?.fields["text"] == "older, from the per-agent file")
        #expect(try session(1).load() == nil)
        // Sent: the adopted draft is gone for good.
        try mine.save(nil)
        #expect(try mine.load() == nil)
    }
}
