import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

struct KBAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an article (a draft unless --publish), or update the one with the same --id.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Title.") var title: String
    @Option(help: "Body text (Markdown).") var body: String?
    @Option(name: .customLong("body-file"), help: ArgumentHelp("Read the body from a file (- for stdin).", valueName: "file"))
    var bodyFile: String?
    @Option(help: "Language: es or en (default: guessed from the text).") var lang: Language?
    @Option(help: "Category.") var category: String?
    @Option(name: .customLong("tag"), help: "Tag (repeatable).") var tags: [String] = []
    @Option(name: .customLong("id"), help: ArgumentHelp("External id, kept for re-imports and links.", valueName: "external-id"))
    var externalID: String?
    @Flag(help: "Publish at once instead of creating a draft.") var publish = false

    func validate() throws {
        guard (body == nil) != (bodyFile == nil) else {
            throw ValidationError("give the body with exactly one of --body or --body-file")
        }
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--title must not be empty") }
    }

    func run() throws {
        try guarded {
            let text = try readBody()
            let context = try CommandContext.open(global)
            let actor = try context.actor()
            if publish, let reason = ArticleLifecycle.publishingRefusal(by: actor) {
                throw CLIError(.noPermission, reason + "; add it without --publish and submit it for review")
            }
            let draft = ArticleDraft(externalID: externalID, title: title, body: text,
                                     lang: lang ?? LanguageGuess.guess(title + " " + text), category: category, tags: tags)
            let article = try context.db.addArticle(draft, status: publish ? .published : .draft, author: actor.login)
            if global.json { try JSONOutput.print(ArticleJSON(article: article, includeBody: false)) } else {
                Console.print("Article \(article.id) saved (\(article.status.rawValue), \(article.lang.rawValue))")
            }
        }
    }

    private func readBody() throws -> String {
        if let body { return body }
        let path = bodyFile!
        if path == "-" { return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) }
        guard FileManager.default.fileExists(atPath: path) else { throw CLIError(.noInput, "\(path): no such file") }
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError(.noInput, "\(path): cannot read") }
        guard let text = String(validating: data, as: UTF8.self) else { throw CLIError(.dataError, "\(path): invalid UTF-8") }
        return text
    }
}

struct KBImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a .jsonl file or a folder of Markdown files with front matter (published unless --draft).",
        discussion: """
            JSONL: one object per line with id, title, body and optional lang, category, tags. Markdown: YAML (---) \
            or TOML (+++) front matter with title, id, lang, category, tags, draft/status. Re-importing updates \
            articles by id. A bad record is reported as file:line: message and the whole import is refused \
            unless --skip-bad is given.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A .jsonl file or a folder of .md files.") var path: String
    @Flag(help: "Create new articles as drafts instead of publishing them.") var draft = false
    @Flag(name: .customLong("skip-bad"), help: "Import the valid records and report the bad ones.") var skipBad = false

    func run() throws {
        try guarded {
            let context = try CommandContext.open(global)
            let actor = try context.actor()
            let bar = ProgressBar(label: "importing")
            let started = Date()
            let summary: ArticleImportSummary
            do {
                summary = try context.db.importArticles(
                    from: path, options: ArticleImportOptions(status: draft ? .draft : .published, skipBad: skipBad,
                                                              author: actor.login),
                    progress: { bar.update($0, $1) })
            } catch {
                bar.finish()
                throw KBErrors.translate(error)
            }
            bar.finish()
            for problem in summary.skipped { Console.note("helpdesk: skipped \(problem)") }
            let seconds = Date().timeIntervalSince(started)
            if global.json {
                try JSONOutput.print(ImportJSON(inserted: summary.inserted, updated: summary.updated,
                                                unchanged: summary.unchanged, skipped: summary.skipped.count,
                                                seconds: (seconds * 1000).rounded() / 1000))
            } else {
                Console.note(String(format: "imported %d new, %d updated, %d unchanged, %d skipped in %.2f s",
                                    summary.inserted, summary.updated, summary.unchanged, summary.skipped.count, seconds))
            }
        }
    }

    struct ImportJSON: Encodable {
        var inserted, updated, unchanged, skipped: Int
        var seconds: Double
    }
}
