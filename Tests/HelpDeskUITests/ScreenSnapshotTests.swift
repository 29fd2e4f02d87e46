import Foundation
import HelpDeskCore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// The queue and the detail at 80x24 and 120x40 in both languages, as text and styled text,
/// against a real database with fixed data and a fixed clock.
@Suite("Screen snapshots")
struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    @Test("L1 queue", arguments: Language.allCases)
    func queue(language: Language) throws {
        let desk = try UITestDesk()
        for (columns, rows) in Self.sizes {
            let (_, terminal) = desk.app(.ana, columns: columns, rows: rows, language: language)
            let name = "queue-l1-\(language.rawValue)-\(columns)x\(rows)"
            Snapshot.check(terminal.text, named: name)
            Snapshot.check(terminal.styledText, named: name + ".styled")
        }
    }

    @Test("Ticket detail with the hand-off, a reply and an internal note", arguments: Language.allCases)
    func detail(language: Language) throws {
        let desk = try UITestDesk()
        for (columns, rows) in Self.sizes {
            let (app, terminal) = desk.app(.luis, columns: columns, rows: rows, language: language)
            app.execute(command: "open \(desk.mail)")
            app.runUntilIdle()
            let name = "detail-\(language.rawValue)-\(columns)x\(rows)"
            Snapshot.check(terminal.text, named: name)
            Snapshot.check(terminal.styledText, named: name + ".styled")
        }
    }

    @Test("The L2 queue shows the escalated-in marker; the L1 queue the sent-back marker")
    func markers() throws {
        let desk = try UITestDesk()
        let (_, l2) = desk.app(.luis, columns: 120, rows: 40)
        let mailRow = try #require(l2.screen.textLines().first { $0.contains("Servidor de correo caído") })
        #expect(mailRow.hasSuffix("▲"))
        let (_, l1) = desk.app(.kate, columns: 120, rows: 40)
        let printerRow = try #require(l1.screen.textLines().first { $0.contains("Impresora 3er piso atasca") })
        #expect(printerRow.hasSuffix("↩"))
    }

    @Test("Columns drop from the right as the terminal narrows; the subject keeps the rest")
    func narrowColumns() throws {
        let desk = try UITestDesk()
        let (_, wide) = desk.app(.ana, columns: 120, rows: 30)
        let (_, narrow) = desk.app(.ana, columns: 60, rows: 20)
        let wideHeader = wide.screen.textLines()[2], narrowHeader = narrow.screen.textLines()[2]
        #expect(wideHeader.contains("Requester") && wideHeader.contains("Assignee"))
        #expect(!narrowHeader.contains("Assignee"))
        #expect(narrowHeader.contains("Subject"))
    }

    @Test("A detail in internal-note and reply styles that differ even without colour")
    func notesAndRepliesDiffer() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30)
        app.execute(command: "open \(desk.vpn)")
        app.runUntilIdle()
        let lines = terminal.screen.textLines()
        let reply = try #require(lines.firstIndex { $0.contains("[PUBLIC]") })
        let note = try #require(lines.firstIndex { $0.contains("[INTERNAL]") })
        #expect(lines[reply + 1].contains("│ ¿Puede volver"))
        #expect(lines[note + 1].contains("┃ client log"))
        let styled = terminal.screen.styledLines()
        #expect(styled[note].contains("[internalNote]"))
        #expect(styled[reply].contains("[reply]"))
    }
}
