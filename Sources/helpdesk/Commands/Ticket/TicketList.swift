import ArgumentParser
import HelpDeskCore
import HelpDeskStore

extension TicketCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tickets, most urgent first.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "l1, l2, l3 or external.") var tier: Tier?
        @Option(help: "new, open, pending-customer, pending-vendor, resolved, closed; or 'active' (default: all).")
        var status: String?
        @Option(help: "Only tickets assigned to this login ('none' for unassigned).") var assignee: String?
        @Option(help: "Only this requester.") var requester: String?
        @Option(help: "Only this category/area.") var category: String?
        @Option(help: "Words to find in subject, description or requester (accents and case ignored).") var search: String?
        @Option(parsing: .unconditional, help: "At most this many tickets (1-10000).") var limit: Int = 50
        @Option(parsing: .unconditional, help: "Show tickets after this id in the list order (keyset paging).") var after: Int64?

        func validate() throws {
            guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 10000") }
            if let after, after < 1 { throw ValidationError("--after must be a ticket id (1 or more)") }
            if let status, status != "active", TicketStatus(rawValue: status) == nil {
                throw ValidationError("unknown status '\(status)'; use one of: \(TicketStatus.allCases.map(\.rawValue).joined(separator: ", ")), active")
            }
        }

        func run() throws {
            try guarded {
                let context = try CommandContext.open(global)
                var query = TicketQuery(limit: limit)
                if let tier { query.tiers = [tier] }
                if let status {
                    query.statuses = status == "active" ? TicketQuery.activeStatuses : [TicketStatus(rawValue: status)!]
                }
                if let assignee { query.assignment = assignee == "none" ? .unassigned : .agent(assignee) }
                query.requester = requester
                query.category = category
                query.text = search
                if let after {
                    guard let t = try context.db.ticket(id: after) else { throw StoreError.ticketNotFound(after) }
                    query.after = TicketCursor(t)
                }
                let tickets = try context.db.tickets(matching: query)
                if global.json { try JSONOutput.print(tickets.map { TicketJSON(ticket: $0) }); return }
                // Live labels for the rows shown, from the SLA clock (see `slaSummary`).
                let sla = try context.db.slaSummary(ticketIDs: tickets.map(\.id), now: context.now)
                let rows = tickets.map { t in
                    [String(t.id), t.priority.rawValue, t.tier.label, t.status.rawValue, sla[t.id]?.headline.label ?? "",
                     t.assignee ?? "-", t.subject]
                }
                Console.print(TextTable.render(header: ["ID", "PRI", "TIER", "STATUS", "SLA", "ASSIGNEE", "SUBJECT"], rows: rows,
                                               maxWidth: Console.stdoutIsTerminal ? TerminalWidth.columns : nil))
            }
        }
    }
}

import Foundation

/// The width of the terminal on stdout, for truncating table rows.
enum TerminalWidth {
    static var columns: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 100
    }
}
