import Foundation
import HelpDeskCore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// `/` on the L1 console, the screen L1 agents start on. Its status bar offered `/ search`,
/// and the key answered "only lists can be searched" (found driving the binary in tmux).
@Suite("L1 console search")
struct ConsoleSearchTests {
    @Test("/ narrows my tickets and the new queue as you type; the heading says so; Esc shows everything")
    func searchNarrowsBothLists() throws {
        let desk = try UITestDesk(fillers: 6)
        let (app, terminal) = desk.app(.ana, start: .l1)
        let all = try #require(app.topScreen as? L1ConsoleScreen).rows.count
        let title = terminal.screen.textLines()[0]
        try terminal.press("/", in: app)
        #expect(app.currentToast == nil, "the search prompt opened instead of a refusal")
        terminal.type("vpn", in: app)
        let console = try #require(app.topScreen as? L1ConsoleScreen)
        #expect(console.rows.map(\.id) == [desk.vpn])
        #expect(console.selected?.id == desk.vpn)
        #expect(terminal.text.contains("MY TICKETS · search “vpn”"))
        // The counters stay the totals: the search narrows the view, not the work.
        #expect(terminal.screen.textLines()[0] == title)
        try terminal.press("<enter>", in: app)  // confirmed: the lists stay narrowed
        #expect((app.topScreen as? L1ConsoleScreen)?.rows.count == 1)
        try terminal.press("/ <esc>", in: app)
        #expect((app.topScreen as? L1ConsoleScreen)?.rows.count == all)
        #expect(!terminal.text.contains("search “"))
    }

    @Test("where / cannot search, the status bar shows it dim; on lists it is a live key")
    func statusBarDimsSearchWhereItDoesNothing() throws {
        let desk = try UITestDesk()
        let (app, _) = desk.app(.sofia)
        #expect(app.topScreen is DashboardScreen)
        let dashboard = app.statusItems(ctx: app.context).first { $0.action == Act.search }
        #expect(dashboard?.disabledReason != nil)
        app.switchTo(.l1)
        let console = app.statusItems(ctx: app.context).first { $0.action == Act.search }
        #expect(console != nil && console?.disabledReason == nil)
    }
}
