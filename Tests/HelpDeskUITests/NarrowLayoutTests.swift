import Foundation
import HelpDeskCore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// What a real 80x24 run of the demo showed cut or wasted, now kept whole: statuses in the
/// queue's 12-cell column, the preview's first reply, and the console's rows shared between
/// MY TICKETS and the new queue.
@Suite("80x24 layouts keep their text")
struct NarrowLayoutTests {
    @Test("pending statuses are abbreviated in the queue column, never cut", arguments: Language.allCases)
    func pendingStatus(language: Language) throws {
        let desk = try UITestDesk(fillers: 2)
        _ = try desk.db.perform(.changeStatus(.pendingCustomer), on: desk.vpn, expectedVersion: nil, by: .ana, now: desk.at(100))
        _ = try desk.db.perform(.take, on: desk.outlook, expectedVersion: nil, by: .ana, now: desk.at(100))
        _ = try desk.db.perform(.changeStatus(.pendingVendor), on: desk.outlook, expectedVersion: nil, by: .ana, now: desk.at(90))
        let (_, terminal) = desk.app(.ana, language: language)
        let text = terminal.text
        let expected = language == .en ? ["pending cust ", "pending vend "] : ["esp. cliente ", "esp. proveed "]
        for status in expected { #expect(text.contains(status), "\(text)") }
        #expect(!text.contains("…  "), "no status column ends in an ellipsis")
    }

    @Test("the console preview puts the first reply on its own line when it does not fit beside the opening time")
    func firstReplyLine() throws {
        let desk = try UITestDesk(fillers: 2)
        // Opened and answered three days ago: both times carry a date, too long for one line.
        let old = try desk.db.createTicket(NewTicket(subject: "Portátil sin batería", requester: "marta.ruiz@contoso.example",
                                                     impact: .high, urgency: .high), by: .ana, now: desk.at(3 * 1440)).id
        _ = try desk.db.perform(.take, on: old, expectedVersion: nil, by: .ana, now: desk.at(3 * 1440 - 5))
        _ = try desk.db.perform(.reply("on it"), on: old, expectedVersion: nil, by: .ana, now: desk.at(3 * 1440 - 10))
        let (app, terminal) = desk.app(.ana, start: .l1)
        #expect((app.topScreen as? L1ConsoleScreen)?.selected?.id == old)
        let lines = terminal.screen.textLines()
        let opened = try #require(lines.firstIndex { $0.contains("│ Opened ") })
        let preview = lines[opened].split(separator: "│").last.map(String.init) ?? ""
        #expect(preview.hasPrefix(" Opened ") && !preview.contains("…"), "\(lines[opened])")
        #expect(lines[opened + 1].contains("│ first reply "), "\(lines)")
    }

    @Test("at 120 columns the dashboard's attention list drops the timer name before it cuts subjects")
    func attentionAt120() throws {
        let desk = try DashboardTests.desk()
        let (app, terminal) = desk.app(.sofia, columns: 120, rows: 30)
        let watch = try #require((app.topScreen as? DashboardScreen)?.watch)
        #expect(!watch.isEmpty)
        let lines = terminal.screen.textLines()
        for item in watch {
            let row = try #require(lines.first { $0.contains("#\(item.ticket.id) ") })
            #expect(row.contains(item.ticket.subject), "\(row)")
            #expect(row.contains(" L1 ") || row.contains(" L2 "), "tier and assignee stay: \(row)")
        }
    }

    @Test("MY TICKETS gets the rows the new queue does not need, and at least half when both are long",
          arguments: [(10, 5, 15, 10), (10, 2, 11, 9), (2, 30, 15, 2), (30, 30, 15, 7), (0, 0, 15, 1), (30, 0, 15, 14)])
    func sharedRows(mine: Int, waiting: Int, available: Int, expected: Int) {
        #expect(L1ConsoleScreen.mineRows(mine: mine, waiting: waiting, available: available) == expected)
    }
}
