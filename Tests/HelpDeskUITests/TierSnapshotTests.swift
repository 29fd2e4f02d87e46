import Foundation
import HelpDeskCore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// The tier screens at 80x24 in both languages, as text (and styled where colour carries
/// meaning), against a real database with fixed data and a fixed clock.
@Suite("Tier screen snapshots")
struct TierSnapshotTests {
    @Test("L1 console: my tickets, the new queue, the preview with suggested articles, coaching", arguments: Language.allCases)
    func console(language: Language) throws {
        let desk = try UITestDesk(fillers: 12)
        let articles = try desk.addArticles()
        // Coaching: luis sends the mail ticket back to ana with a note, and solves another of
        // her escalations with an article.
        _ = try desk.db.perform(.deescalate(note: "revisa el relay SMTP (puerto 25) antes de escalar"), on: desk.mail,
                                expectedVersion: nil, by: .luis, now: desk.at(30))
        let reset = try desk.db.createTicket(NewTicket(subject: "Reset password for j.smith", requester: "j.smith@fabrikam.example"),
                                             by: .ana, now: desk.at(50)).id
        _ = try desk.db.perform(.escalate(Escalation(target: .tier(.l2), area: "network", reason: "locked", tried: "unlock")),
                                on: reset, expectedVersion: nil, by: .ana, now: desk.at(45))
        _ = try desk.db.perform(.resolve(resolution: "reset", articleID: articles[2].id), on: reset, expectedVersion: nil, by: .luis, now: desk.at(20))
        let (app, terminal) = desk.app(.ana, language: language, start: .l1)
        app.tick()  // the preview's suggestions come on an idle tick
        app.runUntilIdle()
        let name = "console-l1-\(language.rawValue)-80x24"
        Snapshot.check(terminal.text, named: name)
        Snapshot.check(terminal.styledText, named: name + ".styled")
    }

    @Test("Intake form with live suggestions (draft articles are never suggested)", arguments: Language.allCases)
    func intake(language: Language) throws {
        let desk = try UITestDesk(fillers: 4)
        try desk.addArticles()
        let (app, terminal) = desk.app(.ana, language: language, start: .l1)
        try terminal.press("n", in: app)
        terminal.type("marta", in: app)
        app.tick()
        app.runUntilIdle()
        try terminal.press("<tab> <tab>", in: app)
        terminal.type("vpn authentication failed", in: app)
        try terminal.press("<tab> <tab> <tab> <right>", in: app)  // details, area, impact: high
        app.tick()
        app.runUntilIdle()
        #expect(!terminal.text.contains("KB-90"))
        let name = "intake-\(language.rawValue)-80x24"
        Snapshot.check(terminal.text, named: name)
        Snapshot.check(terminal.styledText, named: name + ".styled")
    }

    @Test("L2 queue and the detail with the hand-off card on top", arguments: Language.allCases)
    func l2(language: Language) throws {
        let desk = try UITestDesk(fillers: 4)
        let (app, terminal) = desk.app(.luis, language: language, start: .l2)
        Snapshot.check(terminal.text, named: "queue-l2-\(language.rawValue)-80x24")
        try terminal.press("<enter>", in: app)
        Snapshot.check(terminal.text, named: "handoff-l2-\(language.rawValue)-80x24")
    }

    @Test("Each wizard step", arguments: Language.allCases)
    func wizard(language: Language) throws {
        let desk = try UITestDesk(fillers: 4)
        let articles = try desk.addArticles()
        _ = try desk.db.perform(.viewArticle(articles[0].id), on: desk.vpn, expectedVersion: nil, by: .ana, now: desk.at(150))
        let (app, terminal) = desk.app(.ana, language: language, start: .l1)
        app.execute(command: "open \(desk.vpn)")
        app.runUntilIdle()
        let steps: [(String, () throws -> Void)] = [
            ("1-target", { try terminal.press("e", in: app) }),
            ("2-area", { try terminal.press("<enter>", in: app) }),
            ("2-area-missing", { try terminal.press("<enter>", in: app) }),
            ("3-reason", { terminal.type("network", in: app); try terminal.press("<enter>", in: app); terminal.type("cert expired", in: app) }),
            ("4-tried", { try terminal.press("<enter>", in: app) }),
            ("5-confirm", { try terminal.press("<tab>", in: app); terminal.type("restarted the client", in: app); try terminal.press("<enter>", in: app) }),
        ]
        for (name, step) in steps {
            try step()
            let file = "wizard-\(name)-\(language.rawValue)-80x24"
            Snapshot.check(terminal.text, named: file)
            if name == "4-tried" { Snapshot.check(terminal.styledText, named: file + ".styled") }
        }
    }
}
