import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

/// `kb draft-from-ticket TICKET`: the terminal UI's `K` without the editor. Writes the draft
/// article pre-filled from the resolved ticket (``TicketArticleDraft``), links it
/// `drafted-from` the ticket and prints it. L1 is refused (77), as is a ticket that is not
/// resolved or closed (65).
struct KBDraftFromTicket: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft-from-ticket",
        abstract: "Draft an article from a resolved ticket (L2, L3, supervisors); prints it.",
        discussion: """
            The title is the ticket's subject; the Markdown body holds the description, each \
            escalation's reason and what was tried, and the resolution, in the ticket's language. \
            The article is a draft: edit it with the terminal UI (E) and publish it after review.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Ticket id.") var ticket: Int64

    func run() throws {
        try guarded {
            let context = try CommandContext.open(global)
            let actor = try context.actor()
            let article = try context.db.draftArticle(fromTicket: ticket, by: actor, now: context.now)
            let usage = try context.db.articleUsage(id: article.id)
            if global.json {
                try JSONOutput.print(ArticleJSON(article: article, includeBody: true, usage: usage))
                return
            }
            Console.print("Drafted article \(article.id) from #\(ticket): \(Console.safe(article.title))")
            Console.print("\(article.lang.rawValue) · draft\(article.category.map { " · \(Console.safe($0))" } ?? "")")
            Console.print("")
            Console.print(Console.safe(article.body))
        }
    }
}
