import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

extension Language: ExpressibleByArgument {}

/// `helpdesk kb …`: the knowledge base.
struct KBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb", abstract: "Knowledge-base articles: add, import, search, lifecycle, export.",
        subcommands: [KBAdd.self, KBImport.self, KBSearch.self, KBShow.self, KBReview.self, KBPublish.self,
                      KBRetire.self, KBExport.self, KBAnalyze.self, KBDraftFromTicket.self, KBGaps.self])
}

/// An article as printed by `--json` (the contract's `id`, `external_id`, `title`, `lang`,
/// `status`, plus the rest of the record).
struct ArticleJSON: Encodable {
    var article: Article
    var includeBody: Bool
    /// `kb show`: use count from the links, helpful marks and the linked tickets.
    var usage: ArticleUsage? = nil

    enum Key: String, CodingKey {
        case id, external_id, title, lang, status, category, tags, author, reviewer, created_at, updated_at
        case published_at, helpful_count, not_helpful_count, use_count, version, body
        case helpful, not_helpful, linked_tickets
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        let a = article
        try c.encode(a.id, forKey: .id)
        try c.encode(a.externalID, forKey: .external_id)
        try c.encode(a.title, forKey: .title)
        try c.encode(a.lang.rawValue, forKey: .lang)
        try c.encode(a.status.rawValue, forKey: .status)
        try c.encode(a.category, forKey: .category)
        try c.encode(a.tags, forKey: .tags)
        try c.encode(a.author, forKey: .author)
        try c.encode(a.reviewer, forKey: .reviewer)
        try c.encode(a.createdAt, forKey: .created_at)
        try c.encode(a.updatedAt, forKey: .updated_at)
        try c.encode(a.publishedAt, forKey: .published_at)
        try c.encode(a.helpfulCount, forKey: .helpful_count)
        try c.encode(a.notHelpfulCount, forKey: .not_helpful_count)
        try c.encode(usage?.useCount ?? a.useCount, forKey: .use_count)
        try c.encode(a.version, forKey: .version)
        if includeBody { try c.encode(a.body, forKey: .body) }
        if let usage {
            try c.encode(usage.helpful, forKey: .helpful)
            try c.encode(usage.notHelpful, forKey: .not_helpful)
            try c.encode(usage.links.map(ArticleLinkJSON.init), forKey: .linked_tickets)
        }
    }
}

/// One article ↔ ticket link as `kb show --json` (`linked_tickets`) and `ticket show --json`
/// (`articles`) print it: both ends, the kind, who and when.
struct ArticleLinkJSON: Encodable {
    var link: ArticleTicketLink

    enum Key: String, CodingKey {
        case ticket_id, subject, ticket_status, article_id, reference, title, kind, agent, at
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(link.ticketID, forKey: .ticket_id)
        try c.encode(link.ticketSubject, forKey: .subject)
        try c.encode(link.ticketStatus.rawValue, forKey: .ticket_status)
        try c.encode(link.articleID, forKey: .article_id)
        try c.encode(link.articleReference, forKey: .reference)
        try c.encode(link.articleTitle, forKey: .title)
        try c.encode(link.kind.rawValue, forKey: .kind)
        try c.encode(link.agent, forKey: .agent)
        try c.encode(link.at, forKey: .at)
    }
}

extension CommandContext {
    /// The article named by a numeric id or an external id, or a data error.
    func article(_ reference: String) throws -> Article {
        guard let article = try db.article(reference: reference) else {
            throw CLIError(.dataError, "no article \(reference); `helpdesk kb search` finds ids")
        }
        return article
    }
}

/// Import problems map to the contract's exit codes: 66 missing input, 65 bad data.
enum KBErrors {
    static func translate(_ error: Error) -> Error {
        switch error {
        case let e as ArticleImportError:
            switch e {
            case .missing, .unreadable: return CLIError(.noInput, e.description)
            case .unsupported: return CLIError(.usage, e.description)
            }
        case let e as ImportRefused: return CLIError(.dataError, e.description)
        default: return error
        }
    }
}
