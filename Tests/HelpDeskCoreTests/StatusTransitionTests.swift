import Foundation
import Testing
@testable import HelpDeskCore

@Suite("Status changes")
struct StatusTransitionTests {
    /// Every (from, to) pair, with whether a supervisor's plain status change is accepted.
    static let table: [(TicketStatus, TicketStatus, Bool)] = [
        (.new, .new, false), (.new, .open, true), (.new, .pendingCustomer, true), (.new, .pendingVendor, true),
        (.new, .resolved, true), (.new, .closed, false),
        (.open, .new, false), (.open, .open, false), (.open, .pendingCustomer, true), (.open, .pendingVendor, true),
        (.open, .resolved, true), (.open, .closed, false),
        (.pendingCustomer, .new, false), (.pendingCustomer, .open, true), (.pendingCustomer, .pendingCustomer, false),
        (.pendingCustomer, .pendingVendor, true), (.pendingCustomer, .resolved, true), (.pendingCustomer, .closed, false),
        (.pendingVendor, .new, false), (.pendingVendor, .open, true), (.pendingVendor, .pendingCustomer, true),
        (.pendingVendor, .pendingVendor, false), (.pendingVendor, .resolved, true), (.pendingVendor, .closed, false),
        (.resolved, .new, false), (.resolved, .open, true), (.resolved, .pendingCustomer, false),
        (.resolved, .pendingVendor, false), (.resolved, .resolved, false), (.resolved, .closed, true),
        (.closed, .new, false), (.closed, .open, true), (.closed, .pendingCustomer, false),
        (.closed, .pendingVendor, false), (.closed, .resolved, false), (.closed, .closed, false),
    ]

    @Test("covers every pair of statuses")
    func tableIsComplete() {
        #expect(Self.table.count == TicketStatus.allCases.count * TicketStatus.allCases.count)
    }

    @Test("allowed and refused changes", arguments: table)
    func change(from: TicketStatus, to: TicketStatus, allowed: Bool) {
        let ticket = Fixture.ticket(status: from)
        let result = Result { try Workflow.apply(.changeStatus(to), to: ticket, history: [], by: Fixture.sofia, now: Fixture.t0) }
        switch result {
        case .success(let outcome):
            #expect(allowed, "\(from.rawValue) → \(to.rawValue) should be refused")
            #expect(outcome.ticket.status == to)
            #expect(outcome.ticket.version == ticket.version + 1)
        case .failure(let error):
            #expect(!allowed, "\(from.rawValue) → \(to.rawValue) was refused: \(error)")
            #expect(!"\(error)".isEmpty)
        }
    }

    @Test("closing needs resolved first, and says so")
    func closeNeedsResolved() {
        #expect(throws: WorkflowError.self) {
            try Workflow.apply(.close(csat: 4), to: Fixture.ticket(status: .open), history: [], by: Fixture.sofia, now: Fixture.t0)
        }
        do {
            _ = try Workflow.apply(.close(csat: nil), to: Fixture.ticket(status: .open), history: [], by: Fixture.sofia, now: Fixture.t0)
        } catch {
            #expect(error.description.contains("resolve it first"))
        }
    }

    @Test("CSAT must be 1 to 5")
    func csatRange() throws {
        let resolved = Fixture.ticket(status: .resolved)
        #expect(throws: WorkflowError.invalidValue("CSAT must be between 1 and 5 (got 6)")) {
            try Workflow.apply(.close(csat: 6), to: resolved, history: [], by: Fixture.sofia, now: Fixture.t0)
        }
        let ok = try Workflow.apply(.close(csat: 5), to: resolved, history: [], by: Fixture.sofia, now: Fixture.t0)
        #expect(ok.ticket.csat == 5 && ok.ticket.closedAt == Fixture.t0)
    }

    @Test("reopening keeps history and clears the resolution")
    func reopen() throws {
        let (t, history) = try Fixture.play([
            (.take, Fixture.ana), (.resolve(resolution: "reset", articleID: nil), Fixture.ana),
            (.close(csat: 3), Fixture.ana), (.reopen(reason: "again"), Fixture.ana),
        ])
        #expect(t.status == .open)
        #expect(t.resolvedAt == nil && t.closedAt == nil && !t.firstContactResolution)
        #expect(history.map(\.type) == [.created, .taken, .resolved, .closed, .reopened])
    }

    /// The score answered a resolution that did not hold: it stays in the `closed` event, but a
    /// ticket resolved again has not been rated yet, so CSAT over resolved tickets leaves it out.
    @Test("reopening withdraws the satisfaction score given at the close")
    func reopenClearsCSAT() throws {
        let (t, history) = try Fixture.play([
            (.take, Fixture.ana), (.resolve(resolution: "reset", articleID: nil), Fixture.ana),
            (.close(csat: 2), Fixture.ana), (.reopen(reason: "still broken"), Fixture.ana),
            (.resolve(resolution: "replaced", articleID: nil), Fixture.ana),
        ])
        #expect(t.status == .resolved && t.csat == nil)
        #expect(history.first { $0.type == .closed }?.csat == 2)
    }
}
