import ArgumentParser
import HelpDeskCore
import HelpDeskStore

extension TicketCommand {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Log a ticket at L1; prints its id.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "One line saying what is wrong or wanted.") var subject: String
        @Option(help: "Who asked (e-mail or name); unknown requesters are added.") var requester: String
        @Option(help: "Details (- reads standard input).") var description: String?
        @Option(name: .customLong("description-file"), help: "Read the details from a file.") var descriptionFile: String?
        @Option(help: "incident or request.") var kind: TicketKind = .incident
        @Option(help: "Area, e.g. network, os, applications, security, access.") var category: String?
        @Option(help: "low, medium or high.") var impact: Impact = .medium
        @Option(help: "low, medium or high.") var urgency: Urgency = .medium

        func validate() throws {
            if description != nil && descriptionFile != nil {
                throw ValidationError("give --description or --description-file, not both")
            }
        }

        func run() throws {
            try guarded {
                let text = try descriptionFile.map(TextArgument.file) ?? description.map(TextArgument.read) ?? ""
                let context = try CommandContext.open(global)
                let actor = try context.actor()
                let ticket = try context.db.createTicket(
                    NewTicket(kind: kind, subject: subject, description: text, requester: requester,
                              category: category, impact: impact, urgency: urgency),
                    by: actor, now: context.now)
                if global.json { try JSONOutput.print(TicketJSON(ticket: ticket)) } else { Console.print("\(ticket.id)") }
            }
        }
    }
}
