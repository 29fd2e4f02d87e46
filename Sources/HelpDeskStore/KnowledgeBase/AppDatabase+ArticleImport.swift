import Foundation
import GRDB
import HelpDeskCore

/// What an import did.
public struct ArticleImportSummary: Sendable, Equatable {
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    /// Bad records left out (only with `skipBad`).
    public var skipped: [ImportProblem] = []
}

public struct ArticleImportOptions: Sendable {
    /// Status of newly created articles (imports publish unless asked for drafts). A record's
    /// own status (Markdown `draft`/`status`) wins over `published`, never over `draft`: an
    /// import asked for drafts (`kb import --draft`) publishes nothing.
    public var status: ArticleStatus
    /// Import the valid records and report the bad ones, instead of refusing the whole file.
    public var skipBad: Bool
    public var author: String

    public init(status: ArticleStatus = .published, skipBad: Bool = false, author: String) {
        self.status = status
        self.skipBad = skipBad
        self.author = author
    }
}

/// Errors about the import source itself (not its records).
public enum ArticleImportError: Error, Sendable, Equatable, CustomStringConvertible {
    case missing(String)
    case unreadable(String, String)
    case unsupported(String)

    public var description: String {
        switch self {
        case .missing(let path): "\(path): no such file or folder"
        case .unreadable(let path, let why): "\(path): cannot read (\(why))"
        case .unsupported(let path): "\(path): expected a .jsonl file or a folder of .md files"
        }
    }
}

extension AppDatabase {
    /// Imports a `.jsonl` file or a folder of Markdown files, in one transaction.
    ///
    /// Re-importing updates articles by external id (unchanged ones are left alone, so running
    /// the same import twice changes nothing); existing articles keep their status. With bad
    /// records and no `skipBad`, throws `ImportRefused` listing them and writes nothing.
    public func importArticles(from path: String, options: ArticleImportOptions,
                               progress: ((Int, Int) -> Void)? = nil) throws -> ArticleImportSummary {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ArticleImportError.missing(path)
        }
        let parsed = isDirectory.boolValue ? try Self.parseMarkdownFolder(path) : try Self.parseJSONL(path)
        return try importParsed(parsed.articles, problems: parsed.problems, options: options, progress: progress)
    }

    /// Imports records already parsed (the shared second half of every import).
    public func importParsed(_ articles: [ParsedArticle], problems: [ImportProblem], options: ArticleImportOptions,
                             progress: ((Int, Int) -> Void)? = nil) throws -> ArticleImportSummary {
        if !problems.isEmpty && !options.skipBad {
            throw ImportRefused(problems: problems.sorted { ($0.file, $0.line) < ($1.file, $1.line) })
        }
        var summary = ArticleImportSummary()
        summary.skipped = problems
        // The parsers have checked every short field already (and reported a bad one with its
        // line); records handed in by other callers get the same check before anything is written.
        let articles = try articles.map { item in
            var checked = item
            checked.draft = try validate(item.draft)
            return checked
        }
        let now = Date()
        let session = IndexSession()
        try write { db in
            for (index, item) in articles.enumerated() {
                let status = options.status == .draft ? .draft : item.status ?? options.status
                let (_, outcome) = try ArticleWriter.upsert(item.draft, status: status,
                                                            author: options.author, now: now, in: db, session: session)
                switch outcome {
                case .inserted: summary.inserted += 1
                case .updated: summary.updated += 1
                case .unchanged: summary.unchanged += 1
                }
                if index % 500 == 0 || index == articles.count - 1 { progress?(index + 1, articles.count) }
            }
            try session.finish(db)
        }
        return summary
    }

    static func parseJSONL(_ path: String) throws -> (articles: [ParsedArticle], problems: [ImportProblem]) {
        guard path.hasSuffix(".jsonl") || path.hasSuffix(".json") || path.hasSuffix(".ndjson") || path == "/dev/stdin" else {
            throw ArticleImportError.unsupported(path)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw ArticleImportError.unreadable(path, error.localizedDescription)
        }
        return JSONLArticleParser.parse(data, file: path)
    }

    static func parseMarkdownFolder(_ path: String) throws -> (articles: [ParsedArticle], problems: [ImportProblem]) {
        let root = URL(fileURLWithPath: path).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw ArticleImportError.unreadable(path, "cannot list the folder")
        }
        var files: [URL] = []
        for case let url as URL in enumerator where ["md", "markdown"].contains(url.pathExtension.lowercased()) {
            files.append(url.standardizedFileURL)
        }
        files.sort { $0.path < $1.path }
        var articles: [ParsedArticle] = []
        var problems: [ImportProblem] = []
        var seen: [String: String] = [:]
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for url in files {
            let display = url.path
            let relative = url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : url.lastPathComponent
            guard let data = try? Data(contentsOf: url) else {
                problems.append(ImportProblem(file: display, line: 1, message: "cannot read the file"))
                continue
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                let line = data.prefix { _ in true }.split(separator: 0x0A, omittingEmptySubsequences: false)
                    .firstIndex { String(validating: $0, as: UTF8.self) == nil }.map { $0 + 1 } ?? 1
                problems.append(ImportProblem(file: display, line: line, message: "invalid UTF-8"))
                continue
            }
            do {
                let article = try MarkdownArticleParser.parse(text, file: display, relativePath: relative)
                if let id = article.draft.externalID {
                    if let other = seen[id] {
                        problems.append(ImportProblem(file: display, line: 1, message: "duplicate id \"\(id)\" (also in \(other))"))
                        continue
                    }
                    seen[id] = display
                }
                articles.append(article)
            } catch {
                problems.append(error)
            }
        }
        return (articles, problems)
    }
}
