import Foundation
import HelpDeskCore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// What a tmux run at 60x20 (just above the 60x16 minimum) showed cut: a history line that lost
/// its actor, and dashboard figures cut at the half ("SLA  at risk 0  br").
@Suite("60 columns keep their text")
struct MinimumWidthTests {
    /// The screen's lines joined, spaces collapsed: text wrapped onto two lines reads as one.
    func flowing(_ terminal: VirtualTerminal) -> String {
        terminal.screen.textLines().joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    @Test("a history line too long for the width wraps under its text instead of losing its end", arguments: [60, 80])
    func historyWraps(columns: Int) throws {
        let desk = try UITestDesk(fillers: 2)
        let article = try #require(try desk.addArticles().first)
        _ = try desk.db.perform(.viewArticle(article.id), on: desk.vpn, expectedVersion: nil, by: .ana, now: desk.at(150))
        let (app, terminal) = desk.app(.ana, columns: columns, rows: 40)
        app.execute(command: "open \(desk.vpn)")
        app.runUntilIdle()
        let lines = terminal.screen.textLines()
        let head = try #require(lines.firstIndex { $0.contains("article KB-41") })
        #expect(flowing(terminal).contains("read by ana"), "\(lines[head]) / \(lines[head + 1])")
        // The continuation sits under the text, not under the time.
        let textColumn = lines[head].range(of: "article")!.lowerBound.utf16Offset(in: lines[head])
        if !lines[head].contains("read by ana") {
            #expect(lines[head + 1].prefix(textColumn).allSatisfy { $0 == " " })
        }
    }

    @Test("at 60 columns each dashboard figure keeps its number: pairs that do not fit take two lines")
    func dashboardFigures() throws {
        let desk = try DashboardTests.desk()
        let (app, terminal) = desk.app(.sofia, columns: 60, rows: 20)
        #expect(app.topScreen is DashboardScreen)
        let lines = terminal.screen.textLines()
        let sla = try #require(lines.first { $0.contains("SLA  at risk") })
        #expect(sla.range(of: #"SLA  at risk \d+  breached \d+"#, options: .regularExpression) != nil, "\(sla)")
        #expect(lines.contains { $0.range(of: #"Escalation rate  \d+%"#, options: .regularExpression) != nil }, "\(lines)")
        #expect(lines.contains { $0.range(of: #"CSAT  [\d.]+/5 \(\d+\)"#, options: .regularExpression) != nil }, "\(lines)")
        // KB-gap queries are shown whole or not at all.
        let gaps = try #require(lines.firstIndex { $0.contains("KB GAPS") })
        let items = lines[gaps + 1]
        #expect(items.filter { $0 == "“" }.count == items.filter { $0 == "”" }.count, "\(items)")
        // 80 columns keep the two-column figure rows.
        let (_, wide) = desk.app(.sofia, columns: 80, rows: 24)
        #expect(wide.screen.textLines().contains { $0.contains("OPEN  ") && $0.contains("SLA  at risk") })
    }

    @Test("the dashboard's attention list scrolls with its cursor: the selected ticket stays on screen")
    func attentionScrolls() throws {
        let desk = try UITestDesk(fillers: 2)
        // Thirty P1 tickets opened ten hours ago: all breached, more than the list shows at 80x24.
        for index in 0..<30 {
            _ = try desk.db.createTicket(NewTicket(subject: "Caída \(index)", requester: "marta.ruiz@contoso.example", impact: .high, urgency: .high),
                                         by: .ana, now: desk.at(600 + Double(index)))
        }
        let (app, terminal) = desk.app(.sofia)
        for _ in 0..<15 { try terminal.press("j", in: app) }
        let dashboard = try #require(app.topScreen as? DashboardScreen)
        let selected = try #require(dashboard.selectedItem)
        #expect(dashboard.cursor == 15)
        #expect(terminal.text.contains("#\(selected.ticket.id) "), "the cursor's ticket is not on screen")
    }
}
