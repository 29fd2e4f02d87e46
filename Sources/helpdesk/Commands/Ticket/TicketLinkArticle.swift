import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

extension TicketCommand {
    /// `ticket link-article TICKET ARTICLE`: points a ticket at a relevant article (a `kb_linked`
    /// event and a `suggested` link). Resolving with an article (`ticket resolve --kb`, or `x`
    /// on an intake suggestion) makes the `used` link that counts as a use instead.
    struct LinkArticle: TicketChange {
        static let configuration = CommandConfiguration(
            commandName: "link-article",
            abstract: "Link a knowledge-base article to a ticket (by article id or external id).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ticket id.") var id: Int64
        @Argument(help: "Article id or external id.") var article: String
        func action(_ context: CommandContext) throws -> TicketAction { .linkArticle(try context.article(article).id) }
        func summary(_ t: Ticket) -> String { "#\(t.id) linked to article \(article)" }
    }
}
