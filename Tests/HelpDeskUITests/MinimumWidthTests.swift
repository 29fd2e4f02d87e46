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
}
