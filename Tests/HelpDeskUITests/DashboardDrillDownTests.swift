import Foundation
import HelpDeskCore
import HelpDeskStore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// Every dashboard tile leads somewhere (Enter), and the SLA counters lead to exactly the
/// tickets they count; the attention list's countdowns are the same business-time labels as
/// the queues' SLA column. On the virtual screen, against the UI fixture's real database.
@Suite("Dashboard drill-down and countdowns")
struct DashboardDrillDownTests {
    /// Moves the dashboard's tile selection with → until `tile` is selected.
    static func select(_ tile: DashboardScreen.Tile, app: HelpDeskApp, terminal: VirtualTerminal) throws {
        for _ in DashboardScreen.tiles where (app.topScreen as? DashboardScreen)?.tile != tile {
            try terminal.press("l", in: app)
        }
        try #require((app.topScreen as? DashboardScreen)?.tile == tile)
    }

    @Test("Enter on every tile opens a list or a ticket, and Esc comes back to the same tile")
    func everyTileDrillsDown() throws {
        let desk = try DashboardTests.desk()
        let (app, terminal) = desk.app(.sofia, columns: 100, rows: 30)
        for tile in DashboardScreen.tiles {
            try Self.select(tile, app: app, terminal: terminal)
            try terminal.press("<enter>", in: app)
            #expect(!(app.topScreen is DashboardScreen), "Enter on \(tile) did nothing")
            #expect(app.topScreen is TicketQueueScreen || app.topScreen is TicketDetailScreen
                        || app.topScreen is KBGapsScreen, "\(tile)")
            try terminal.press("<esc>", in: app)
            #expect((app.topScreen as? DashboardScreen)?.tile == tile)
        }
    }

    @Test("the at-risk and breached counters open exactly the tickets they count, checked against the SLA clock",
          arguments: SLAListFilter.State.allCases)
    func slaCounterDrillsDown(state: SLAListFilter.State) throws {
        let desk = try DashboardTests.desk()
        let (app, terminal) = desk.app(.sofia, columns: 100, rows: 30)
        let counted = try #require((app.topScreen as? DashboardScreen)?.slaCounts[state])
        #expect(counted > 0, "the fixture has tickets \(state)")
        let label = state == .breached ? "breached \(counted)" : "at risk \(counted)"
        #expect(terminal.screen.textLines()[1].contains(label))

        try Self.select(.sla(state), app: app, terminal: terminal)
        try terminal.press("<enter>", in: app)
        let queue = try #require(app.topScreen as? TicketQueueScreen)
        #expect(queue.sla == state)
        #expect(queue.pager.total == counted && queue.pager.rows.count == counted)
        #expect(terminal.screen.textLines()[0].contains(state == .breached ? "SLA breached" : "SLA at risk"))
        // Independently of the SQL: the core clock says each listed ticket is in that state.
        let live = try desk.db.slaSummary(ticketIDs: queue.pager.rows.map(\.id), now: UITestDesk.now)
        for ticket in queue.pager.rows {
            let sla = try #require(live[ticket.id])
            #expect(state == .breached ? sla.isBreached : sla.isAtRisk, "#\(ticket.id) \(ticket.subject)")
            #expect(terminal.text.contains(ticket.subject))
        }
        // And no open ticket in that state is missing from the list.
        let open = try desk.db.tickets(matching: TicketQuery(statuses: TicketQuery.activeStatuses, limit: 1_000))
        let all = try desk.db.slaSummary(ticketIDs: open.map(\.id), now: UITestDesk.now)
        #expect(all.values.filter { state == .breached ? $0.isBreached : $0.isAtRisk }.count == counted)
    }

    @Test("the countdown is the queues' SLA label (business time on the ticket's calendar), not wall-clock time")
    func countdownIsBusinessTime() throws {
        let desk = try DashboardTests.desk()
        let (app, terminal) = desk.app(.sofia, columns: 100, rows: 30)
        let dashboard = try #require(app.topScreen as? DashboardScreen)
        #expect(terminal.text.contains("BREACHED / AT RISK · business time"))
        let live = try desk.db.slaSummary(ticketIDs: dashboard.watch.map(\.ticket.id), now: UITestDesk.now)
        let lines = terminal.screen.textLines()
        #expect(!dashboard.watch.isEmpty)
        for item in dashboard.watch {
            let sla = try #require(live[item.ticket.id])
            let row = try #require(lines.first { $0.contains("#\(item.ticket.id) ") })
            #expect(row.trimmingCharacters(in: .whitespaces).hasPrefix(sla.attention.label.trimmingCharacters(in: .whitespaces)), "\(row)")
            if sla.isAtRisk { #expect(sla.attention.label == sla.headline.label, "at-risk rows read like the queue's SLA column") }
        }
    }

    @Test("long breaches keep their columns at 80x24: the dashboard's countdown, the console's SLA and ↩ marker")
    func longBreachesFit() throws {
        let desk = try UITestDesk(fillers: 4)
        // A P1 (24x7, 15-minute first response) nobody answered for 41 days and 17 hours.
        let forgotten = try desk.db.createTicket(NewTicket(subject: "Servidor olvidado", requester: "marta.ruiz@contoso.example",
                                                           impact: .high, urgency: .high), by: .ana, now: desk.at((41 * 24 + 17) * 60)).id
        // One of ana's, escalated and sent back to her 37 days ago, its first response never given.
        let back = try desk.db.createTicket(NewTicket(subject: "Impresora devuelta", requester: "marta.ruiz@contoso.example",
                                                      impact: .high, urgency: .high), by: .ana, now: desk.at(37 * 24 * 60 + 90)).id
        _ = try desk.db.perform(.take, on: back, expectedVersion: nil, by: .ana, now: desk.at(37 * 24 * 60 + 80))
        _ = try desk.db.perform(.escalate(Escalation(target: .tier(.l2), area: "network", reason: "spooler", tried: "restart")),
                                on: back, expectedVersion: nil, by: .ana, now: desk.at(37 * 24 * 60 + 70))
        _ = try desk.db.perform(.deescalate(note: "try the spooler first"), on: back, expectedVersion: nil, by: .luis,
                                now: desk.at(37 * 24 * 60 + 60))

        let (_, dashboard) = desk.app(.sofia, columns: 80, rows: 24)
        let row = try #require(dashboard.screen.textLines().first { $0.contains("#\(forgotten) ") })
        #expect(row.range(of: #"^ -41d +P1 #\#(forgotten) +Servidor olvidado"#, options: .regularExpression) != nil, "\(row)")

        let (_, console) = desk.app(.ana, columns: 80, rows: 24, start: .l1)
        let line = try #require(console.screen.textLines().first { $0.hasPrefix(" P1 \(back) ") })
        #expect(line.range(of: #" P1 \#(back) +-37d↩ Impresora devuelta"#, options: .regularExpression) != nil, "\(line)")
        #expect(!line.contains("…↩"))
    }
}
