import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

struct KBShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one article (by id or external id).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Article id or external id.") var id: String

    /// Linked tickets printed (newest first); the use count covers them all.
    static let linkLimit = 50

    func run() throws {
        try guarded {
            let context = try CommandContext.open(global)
            let article = try context.article(id)
            let usage = try context.db.articleUsage(id: article.id, limit: Self.linkLimit)
            if global.json { try JSONOutput.print(ArticleJSON(article: article, includeBody: true, usage: usage)); return }
            var header = "#\(article.id) \(Console.safe(article.title))"
            if let ext = article.externalID { header += "  (\(Console.safe(ext)))" }
            Console.print(header)
            var meta = "\(article.lang.rawValue) · \(article.status.rawValue) · v\(article.version) · by \(article.author)"
            if let c = article.category { meta += " · \(Console.safe(c))" }
            if !article.tags.isEmpty { meta += " · tags: \(Console.safe(article.tags.joined(separator: ", ")))" }
            Console.print(meta)
            Console.print("used \(usage.useCount) · helpful \(usage.helpful) · not helpful \(usage.notHelpful)")
            for link in usage.links {
                Console.print("  #\(link.ticketID) \(link.kind.rawValue) by \(link.agent) \(ISO8601.string(link.at)) · "
                    + "\(link.ticketStatus.rawValue) · \(Console.safe(link.ticketSubject))")
            }
            Console.print("")
            Console.print(Console.safe(article.body))
        }
    }
}

/// Shared body of the lifecycle commands.
protocol KBTransition: ParsableCommand {
    /// The status the command moves the article to.
    static var target: ArticleStatus { get }
    var global: GlobalOptions { get }
    var id: String { get }
    func move(_ db: AppDatabase, _ id: Int64, _ login: String) throws -> Article
}

extension KBTransition {
    func run() throws {
        try guarded {
            let context = try CommandContext.open(global)
            let actor = try context.actor()
            let existing = try context.article(id)
            // The terminal UI refuses these by role (ArticleLifecycle); so does the command line.
            if let reason = ArticleLifecycle.roleRefusal(moving: existing, to: Self.target, by: actor) {
                throw CLIError(.noPermission, reason)
            }
            let article = try move(context.db, existing.id, actor.login)
            if global.json { try JSONOutput.print(ArticleJSON(article: article, includeBody: false)) } else {
                Console.print("Article \(article.id) is \(article.status.rawValue)")
            }
        }
    }
}

struct KBReview: KBTransition {
    static let target = ArticleStatus.review
    static let configuration = CommandConfiguration(commandName: "review", abstract: "Submit a draft for review.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Article id or external id.") var id: String
    func move(_ db: AppDatabase, _ id: Int64, _ login: String) throws -> Article {
        try db.submitArticleForReview(id: id, by: login)
    }
}

struct KBPublish: KBTransition {
    static let target = ArticleStatus.published
    static let configuration = CommandConfiguration(commandName: "publish", abstract: "Publish an article.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Article id or external id.") var id: String
    func move(_ db: AppDatabase, _ id: Int64, _ login: String) throws -> Article {
        try db.publishArticle(id: id, by: login)
    }
}

struct KBRetire: KBTransition {
    static let target = ArticleStatus.retired
    static let configuration = CommandConfiguration(commandName: "retire", abstract: "Retire an article (hidden from search).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Article id or external id.") var id: String
    func move(_ db: AppDatabase, _ id: Int64, _ login: String) throws -> Article {
        try db.retireArticle(id: id, by: login)
    }
}

struct KBExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print every article as JSONL (re-importable with `kb import`).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try guarded {
            let context = try CommandContext.open(global)
            let encoder = JSONOutput.encoder()
            let out = FileHandle.standardOutput
            var buffer = Data()
            try context.db.forEachArticle { article in
                buffer.append(try JSONOutput.encode(ArticleJSON(article: article, includeBody: true), with: encoder))
                buffer.append(0x0A)
                if buffer.count > 65_536 {
                    out.write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            out.write(buffer)
        }
    }
}
