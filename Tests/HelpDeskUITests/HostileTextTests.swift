import Foundation
import HelpDeskCore
import HelpDeskStore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// Ticket text is untrusted (it comes from e-mail): nothing in it may reach the terminal as a
/// control sequence, in the list, the detail, the title or the composer.
@Suite("Hostile ticket text")
struct HostileTextTests {
    static let hostile = "Pay \u{1b}]52;c;SGVsbG8=\u{07} now \u{1b}[2J \u{202e}gnp.exe raw\u{1b}end"

    static func assertHarmless(_ screen: ScreenBuffer, sourceLocation: SourceLocation = #_sourceLocation) {
        for row in 0..<screen.rows {
            for column in 0..<screen.columns {
                for scalar in screen[row, column].character.unicodeScalars {
                    let v = scalar.value
                    let dangerous = v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                    #expect(!dangerous, "control U+\(String(v, radix: 16)) at \(row),\(column)", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test("a subject with OSC 52, CSI 2J, an RTL override and a raw ESC renders as visible text")
    func hostileSubject() throws {
        let desk = try UITestDesk(fillers: 0)
        // The subject is a short field the app now refuses such text in; a database from before
        // the limits may still hold it. The description is free text and takes it as it comes.
        let ticket = try desk.db.createTicket(
            NewTicket(subject: "Pay now", description: "body \u{1b}[31mred\u{1b}[0m\u{202e}", requester: "evil@example.com",
                      impact: .high, urgency: .high),
            by: UITestDesk.ana, now: UITestDesk.now)
        try desk.db.storeLegacyText(ticket: ticket.id, subject: Self.hostile, requester: "evil\u{1b}[5m@example.com")
        _ = try desk.db.perform(.note("note \u{1b}]0;title\u{07}"), on: ticket.id, expectedVersion: nil, by: UITestDesk.ana, now: UITestDesk.now)

        let (app, terminal) = desk.app(.ana, columns: 120, rows: 30)
        Self.assertHarmless(terminal.screen)
        let row = try #require(terminal.screen.textLines().first { $0.contains("Pay") })
        #expect(row.contains("␛]52;c;SGVsbG8=␇"))

        app.execute(command: "open \(ticket.id)")
        app.runUntilIdle()
        Self.assertHarmless(terminal.screen)
        let text = terminal.text
        #expect(text.contains("␛]52;c;SGVsbG8=␇ now ␛[2J <U+202E>gnp.exe raw␛end"))
        #expect(text.contains("note ␛]0;title␇"))

        // A pasted escape sequence in the composer is shown, not sent.
        try terminal.press("i", in: app)
        terminal.type("x\u{1b}[2Jy", in: app)
        Self.assertHarmless(terminal.screen)
    }

    @Test("columns stay aligned when a subject carries replaced control characters")
    func alignment() throws {
        let desk = try UITestDesk(fillers: 0)
        let id = try desk.db.createTicket(NewTicket(subject: "ABC", requester: "x@example.com", impact: .high, urgency: .high),
                                          by: UITestDesk.ana, now: UITestDesk.now).id
        try desk.db.storeLegacyText(ticket: id, subject: "A\u{202e}B\u{1b}[2JC")
        let (_, terminal) = desk.app(.ana, columns: 120, rows: 30)
        let lines = terminal.screen.textLines()
        let header = lines[2]
        let row = try #require(lines.first { $0.contains("A<U+202E>") })
        let column = try #require(header.range(of: "Requester")).lowerBound
        let offset = header.distance(from: header.startIndex, to: column)
        #expect(Array(row)[offset...].starts(with: "x@example.com"))
    }
}
