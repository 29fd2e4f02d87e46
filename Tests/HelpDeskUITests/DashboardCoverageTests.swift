import Foundation
import HelpDeskCore
import HelpDeskStore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// The "coverage now" panel on the dashboard fixture with two gaps: luis, the only L2 network
/// specialist, goes off shift (the breached P1 in L2 waits there), and a ticket is escalated to
/// L2 security, which nobody covers.
@Suite("Dashboard coverage panel")
struct DashboardCoverageTests {
    static func desk() throws -> UITestDesk {
        let desk = try DashboardTests.desk()
        try desk.db.setShift(login: "luis", onShift: false, by: "sofia", now: desk.at(60))
        let id = try desk.db.createTicket(NewTicket(subject: "Phishing report", description: "", requester: "marta.ruiz@contoso.example",
                                                    impact: .medium, urgency: .medium), by: .ana, now: desk.at(50)).id
        _ = try desk.db.perform(.escalate(Escalation(target: .tier(.l2), area: "security", reason: "suspicious link clicked",
                                                     tried: "blocked the sender")),
                                on: id, expectedVersion: nil, by: .ana, now: desk.at(45))
        return desk
    }

    @Test("80x24: on-shift counts per tier, then the uncovered cells first in the breach role", arguments: Language.allCases)
    func snapshot(language: Language) throws {
        let (app, terminal) = try Self.desk().app(.sofia, columns: 80, rows: 24, language: language)
        #expect(app.topScreen is DashboardScreen)
        let name = "dashboard-coverage-\(language.rawValue)-80x24"
        Snapshot.check(terminal.text, named: name)
        Snapshot.check(terminal.styledText, named: name + ".styled")
        if language == .en {
            #expect(terminal.text.contains("COVERAGE NOW  on shift  L1 2  L2 0  L3 1  · 2 uncovered"))
            #expect(terminal.styledText.contains("[breached]✗ L2 network 1 open 1 breached"))
        }
    }

    @Test("60x20: the panel collapses to one line naming the gaps")
    func collapsed() throws {
        let (_, terminal) = try Self.desk().app(.sofia, columns: 60, rows: 20)
        Snapshot.check(terminal.text, named: "dashboard-coverage-en-60x20")
        #expect(terminal.text.contains("COVERAGE NOW  2 uncovered — L2 network, L2 security"))
    }

    @Test("with everyone needed on shift the panel says all is covered")
    func allCovered() throws {
        let (_, terminal) = try DashboardTests.desk().app(.sofia, columns: 60, rows: 20)
        #expect(terminal.text.contains("COVERAGE NOW  all covered · on shift L1 2  L2 1  L3 1"))
    }
}
