import ArgumentParser
import HelpDeskCore
import HelpDeskStore

extension TicketCommand {
    struct Take: TicketChange {
        static let configuration = CommandConfiguration(abstract: "Take a ticket (assign it to yourself).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ticket id.") var id: Int64
        func action(_ context: CommandContext) throws -> TicketAction { .take }
        func summary(_ t: Ticket) -> String { "#\(t.id) taken by \(t.assignee ?? "-") (\(t.status.rawValue))" }
    }

    struct Assign: TicketChange {
        static let configuration = CommandConfiguration(abstract: "Assign a ticket to an agent.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ticket id.") var id: Int64
        @Argument(help: "Login of the agent.") var login: String
        func action(_ context: CommandContext) throws -> TicketAction {
            guard let agent = try context.db.agent(login: login) else { throw StoreError.agentNotFound(login) }
            return .assign(to: agent)
        }
        func summary(_ t: Ticket) -> String { "#\(t.id) assigned to \(t.assignee ?? "-")" }
    }

    struct Comment: TicketChange {
        static let configuration = CommandConfiguration(abstract: "Public reply to the requester (- reads standard input).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ticket id.") var id: Int64
        @Argument(help: "Text of the reply.") var text: String
        func action(_ context: CommandContext) throws -> TicketAction { .reply(try TextArgument.read(text)) }
        func summary(_ t: Ticket) -> String { "Reply added to #\(t.id)" }
    }

    struct Note: TicketChange {
        static let configuration = CommandConfiguration(abstract: "Internal note, never shown to the requester (- reads standard input).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ticket id.") var id: Int64
        @Argument(help: "Text of the note.") var text: String
        func action(_ context: CommandContext) throws -> TicketAction { .note(try TextArgument.read(text)) }
        func summary(_ t: Ticket) -> String { "Note added to #\(t.id)" }
    }

    struct Status: TicketChange {
        static let configuration = CommandConfiguration(
            abstract: "Change status: new, open, pending-customer, pending-vendor, resolved, closed.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ticket id.") var id: Int64
        @Argument(help: "The new status.") var status: TicketStatus
        func action(_ context: CommandContext) throws -> TicketAction { .changeStatus(status) }
        func summary(_ t: Ticket) -> String { "#\(t.id) is now \(t.status.rawValue)" }
    }

    struct Escalate: TicketChange {
        static let configuration = CommandConfiguration(
            abstract: "Escalate to a higher tier, a vendor or another department, with the hand-off.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ticket id.") var id: Int64
        @Option(help: "l2, l3, vendor or department.") var to: String
        @Option(help: "Vendor or department name (with --to vendor|department).") var name: String?
        @Option(help: "Specialist area for the receiving tier, e.g. network.") var area: String?
        @Option(help: "Why it needs the next tier.") var reason: String
        @Option(help: "What was already tried (required).") var tried: String
        @Option(help: "Urgency note for the receiving tier.") var urgency: String?

        func validate() throws {
            guard ["l2", "l3", "vendor", "department"].contains(to) else {
                throw ValidationError("unknown escalation target '\(to)'; use l2, l3, vendor or department")
            }
        }

        func action(_ context: CommandContext) throws -> TicketAction {
            let target: EscalationTarget = switch to {
            case "l2": .tier(.l2)
            case "l3": .tier(.l3)
            default: .external(kind: to, name: name ?? to)
            }
            return .escalate(Escalation(target: target, area: area, reason: reason, tried: tried, urgencyNote: urgency))
        }

        func summary(_ t: Ticket) -> String {
            "#\(t.id) escalated to \(t.tier.label)\(t.externalName.map { " (\($0))" } ?? "")" + (t.assignee.map { ", assigned to \($0)" } ?? ", unassigned")
        }
    }

    struct Deescalate: TicketChange {
        static let configuration = CommandConfiguration(abstract: "Send a ticket back one tier with a coaching note.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ticket id.") var id: Int64
        @Option(help: "Coaching note for the receiving tier (required).") var note: String
        func action(_ context: CommandContext) throws -> TicketAction { .deescalate(note: note) }
        func summary(_ t: Ticket) -> String { "#\(t.id) sent back to \(t.tier.label)" + (t.assignee.map { " (\($0))" } ?? "") }
    }

    struct Resolve: TicketChange {
        static let configuration = CommandConfiguration(abstract: "Resolve with the resolution (and the KB article used).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ticket id.") var id: Int64
        @Option(help: "What fixed it.") var resolution: String
        @Option(help: ArgumentHelp("The KB article that solved it: its id or external id.", valueName: "article"))
        var kb: String?
        func action(_ context: CommandContext) throws -> TicketAction {
            .resolve(resolution: resolution, articleID: try kb.map { try context.article($0).id })
        }
        func summary(_ t: Ticket) -> String {
            "#\(t.id) resolved" + (t.firstContactResolution ? " at first contact" : "")
        }
    }

    struct Reopen: TicketChange {
        static let configuration = CommandConfiguration(abstract: "Reopen a resolved or closed ticket (history is kept).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ticket id.") var id: Int64
        @Option(help: "Why it is reopened.") var reason: String?
        func action(_ context: CommandContext) throws -> TicketAction { .reopen(reason: reason) }
        func summary(_ t: Ticket) -> String { "#\(t.id) reopened" }
    }

    struct Close: TicketChange {
        static let configuration = CommandConfiguration(abstract: "Close a resolved ticket, optionally with the requester's satisfaction (1-5).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ticket id.") var id: Int64
        @Option(parsing: .unconditional, help: "Customer satisfaction, 1 to 5.") var csat: Int?
        func validate() throws {
            if let csat, !(1...5).contains(csat) { throw ValidationError("--csat must be between 1 and 5") }
        }
        func action(_ context: CommandContext) throws -> TicketAction { .close(csat: csat) }
        func summary(_ t: Ticket) -> String { "#\(t.id) closed" }
    }
}
