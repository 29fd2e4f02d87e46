import Foundation
import Testing
@testable import HelpDeskCore

/// A ticket's description is limited to 1 MB so a pasted log cannot swamp the desk; every text
/// an event carries (reply, note, resolution, coaching note, escalation reason and what was
/// tried) has the same limit, and exactly the limit is still accepted.
@Suite("Event text limits")
struct EventTextLimitTests {
    static let limit = Workflow.maxEventTextBytes
    static let tooLong = String(repeating: "x", count: limit + 1)
    static let atLimit = String(repeating: "ñ", count: limit / 2)

    static func actions(_ text: String) -> [(String, TicketAction, Ticket)] {
        [
            ("reply", .reply(text), Fixture.ticket()),
            ("note", .note(text), Fixture.ticket()),
            ("resolution", .resolve(resolution: text, articleID: nil), Fixture.ticket(status: .open)),
            ("reopen", .reopen(reason: text), Fixture.ticket(status: .resolved)),
            ("reason", .escalate(Fixture.escalation(reason: text)), Fixture.ticket(status: .open)),
            ("tried", .escalate(Fixture.escalation(tried: text)), Fixture.ticket(status: .open)),
            ("coaching note", .deescalate(note: text), Fixture.ticket(status: .open, tier: .l2)),
        ]
    }

    @Test("over 1 MB is refused as an invalid value that names the size and the limit")
    func tooLongRefused() {
        for (name, action, ticket) in Self.actions(Self.tooLong) {
            let result = Result { () throws(WorkflowError) -> WorkflowOutcome in
                try Workflow.apply(action, to: ticket, history: [], by: Fixture.sofia, now: Fixture.t0)
            }
            guard case .failure(.invalidValue(let message)) = result else {
                Issue.record("\(name): \(result)")
                continue
            }
            #expect(message.contains("\(Self.limit + 1) bytes") && message.contains("1 MB"), "\(name): \(message)")
        }
    }

    @Test("exactly 1 MB (two-byte characters) is kept whole")
    func atLimitAccepted() throws {
        #expect(Self.atLimit.utf8.count == Self.limit)
        for (name, action, ticket) in Self.actions(Self.atLimit) {
            let outcome = try Workflow.apply(action, to: ticket, history: [], by: Fixture.sofia, now: Fixture.t0)
            let event = try #require(outcome.events.first, "\(name)")
            #expect([event.text, event.reason, event.tried].contains(Self.atLimit), "\(name)")
        }
    }
}
