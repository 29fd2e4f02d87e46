import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

extension TicketCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One ticket with its full history.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ticket id.") var id: Int64

        func run() throws {
            try guarded {
                let context = try CommandContext.open(global)
                guard let ticket = try context.db.ticket(id: id) else { throw StoreError.ticketNotFound(id) }
                let events = try context.db.events(ticketID: id)
                let sla = try context.db.sla(ticketID: id, now: context.now)
                let articles = try context.db.articleLinks(ticketID: id)
                if global.json { try JSONOutput.print(TicketJSON(ticket: ticket, events: events, sla: sla, articles: articles)); return }
                Console.print(TicketText.render(ticket, events, sla: sla, articles: articles))
            }
        }
    }
}

/// The human-readable form of `ticket show`.
enum TicketText {
    static func render(_ t: Ticket, _ events: [TicketEvent], sla: TicketSLA? = nil, articles: [ArticleTicketLink] = []) -> String {
        var lines: [String] = []
        // One-line fields stay on their line: a line break typed into a subject or a category
        // must not start a line of its own that reads like another field or a history entry.
        let c = { (s: String) in TextSafety.clean(s, keepNewlines: false) }
        lines.append("#\(t.id) \(t.priority.rawValue) \(t.kind.rawValue) · \(t.status.rawValue) · \(t.tier.label)\(t.externalName.map { " (\(c($0)))" } ?? "")")
        lines.append("Subject:   \(c(t.subject))")
        lines.append("Requester: \(c(t.requester))\(t.organisation.map { " · \(c($0))" } ?? "") · plan \(t.plan.rawValue)")
        lines.append("Assignee:  \(t.assignee ?? "-")   Category: \(t.category.map(c) ?? "-")   Impact/urgency: \(t.impact.rawValue)/\(t.urgency.rawValue)")
        lines.append("Created:   \(ISO8601.string(t.createdAt)) by \(t.createdBy)")
        if let sla { lines.append("SLA:       " + slaLine(sla)) }
        if t.firstContactResolution { lines.append("Resolved at first contact") }
        for link in articles {
            lines.append("Article:   \(c(link.articleReference)) \(c(link.articleTitle)) (\(link.kind.rawValue) by \(link.agent))")
        }
        if !t.description.isEmpty { lines.append(""); lines.append(TextSafety.clean(t.description)) }
        lines.append("")
        lines.append("History:")
        for e in events { lines.append("  " + line(e, clean: c)) }
        return lines.joined(separator: "\n")
    }

    /// `first response ✓ · next update  3:10 (due …) · resolution !1:05 (due …)`, with the
    /// policy it runs on; timers that do not apply are left out.
    static func slaLine(_ sla: TicketSLA) -> String {
        let timers = sla.timers.filter { $0.state != .notApplicable }.map { timer in
            let name = timer.kind.rawValue.replacingOccurrences(of: "_", with: " ")
            let state = timer.state == .ok ? "" : " " + timer.state.rawValue.replacingOccurrences(of: "_", with: " ")
            let due = timer.isOpen ? (timer.due.map { " (due \(ISO8601.string($0)))" } ?? "") : ""
            return "\(name) \(timer.label.trimmingCharacters(in: .whitespaces))\(state)\(due)"
        }
        return (timers.isEmpty ? "-" : timers.joined(separator: " · ")) + "  [\(sla.priority.rawValue) \(sla.plan.rawValue), \(sla.calendar)]"
    }

    static func line(_ e: TicketEvent, clean c: (String) -> String) -> String {
        let when = ISO8601.string(e.at)
        var s = "\(when) \(e.actor) \(e.type.rawValue)"
        if let from = e.fromTier, let to = e.toTier { s += " \(from.label)→\(to.label)" }
        if let from = e.fromStatus, let to = e.toStatus { s += " \(from.rawValue)→\(to.rawValue)" }
        if let name = e.externalName { s += " (\(c(name)))" }
        if let a = e.assignee { s += " → \(a)" }
        if let area = e.area { s += " area: \(c(area))" }
        // Text of several lines is indented as a whole, so none of its lines can pass for an entry.
        let block = { (text: String) in TextSafety.clean(text).replacingOccurrences(of: "\n", with: "\n      ") }
        if let r = e.reason { s += "\n      reason: " + block(r) }
        if let t = e.tried { s += "\n      tried: " + block(t) }
        if let text = e.text { s += "\n      " + block(text) }
        if let id = e.articleID { s += " KB-\(id)" }
        if let f = e.firstContact, f { s += " (first contact)" }
        if let csat = e.csat { s += " CSAT \(csat)/5" }
        return s
    }
}
