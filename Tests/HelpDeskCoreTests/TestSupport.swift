import Foundation
@testable import HelpDeskCore

/// Wall-clock time in Madrid, written the way a supervisor reads it: `"2026-03-02 10:00"`.
func madrid(_ text: String) -> Date {
    var cal = Calendar(identifier: .gregorian)
    cal.timeZone = TimeZone(identifier: "Europe/Madrid")!
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == ":" }).map { Int($0)! }
    return cal.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4]))!
}

let minute: TimeInterval = 60
let hour: TimeInterval = 3600

/// The shipped office calendar: Mon–Fri 09:00–14:00 and 15:00–18:00, Spanish holidays.
let office = SLAPolicySet.standard.calendars["office"]!
let always = SLAPolicySet.standard.calendars["24x7"]!

/// A ticket created at `created` for the given priority and plan, logged by ana at L1.
func ticket(_ priority: Priority, _ plan: SupportPlan, created: Date, status: TicketStatus = .new,
            tier: Tier = .l1, id: Int64 = 1) -> Ticket {
    Ticket(id: id, subject: "No puedo conectarme a la VPN", requester: "marta@contoso.example", plan: plan,
           priority: priority, status: status, tier: tier, createdBy: "ana", createdAt: created)
}

/// History entries, terse enough to read as a timeline in a test table.
func reply(_ at: String, by actor: String = "ana") -> TicketEvent {
    TicketEvent(ticketID: 1, type: .reply, at: madrid(at), actor: actor, text: "¿Puede probar de nuevo?")
}

func status(_ at: String, _ from: TicketStatus, _ to: TicketStatus) -> TicketEvent {
    TicketEvent(ticketID: 1, type: .statusChanged, at: madrid(at), actor: "ana", fromStatus: from, toStatus: to)
}

func escalated(_ at: String, _ from: Tier, _ to: Tier) -> TicketEvent {
    TicketEvent(ticketID: 1, type: .escalated, at: madrid(at), actor: "ana", fromTier: from, toTier: to,
                reason: "cert expired", tried: "restarted the client")
}

func resolved(_ at: String) -> TicketEvent {
    TicketEvent(ticketID: 1, type: .resolved, at: madrid(at), actor: "luis", text: "renewed the certificate")
}

func reopened(_ at: String) -> TicketEvent {
    TicketEvent(ticketID: 1, type: .reopened, at: madrid(at), actor: "ana")
}
