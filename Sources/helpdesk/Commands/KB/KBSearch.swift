import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

struct KBSearch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Search articles (published ones unless --all).",
        discussion: """
            Any text is a valid query: quotes, *, -, parentheses and FTS operators are treated as plain words. \
            With --stdin, each input line is a query and each output line one JSON object \
            {"query", "results": [{"id", "external_id", "title", "score"}], "took_ms"}, in input order.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The query (omit with --stdin).") var query: String?
    @Option(parsing: .unconditional, help: "Maximum results per query.") var limit = 10
    @Option(help: "Only articles in this language: es or en.") var lang: Language?
    @Flag(help: "Include drafts, articles in review and retired ones.") var all = false
    @Flag(help: "Read one query per line from standard input (batch mode).") var stdin = false
    @Flag(help: "Treat the last word as a prefix (search as you type).") var prefix = false
    @Flag(help: "Add snippets to --stdin results.") var snippets = false

    func validate() throws {
        guard (query == nil) == stdin else { throw ValidationError("give a QUERY or --stdin, not both and not neither") }
        guard (1...1000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000") }
    }

    func run() throws {
        try guarded {
            let context = try CommandContext.open(global)
            let options = ArticleSearchOptions(lang: lang, limit: limit, includeUnpublished: all,
                                               prefixLastWord: prefix, snippets: !stdin || snippets)
            // Batch mode is for scripts and benchmarks: it never writes, so it records no gaps.
            if stdin { try runBatch(context.db, options) } else { try runOne(context, options) }
        }
    }

    private func runOne(_ context: CommandContext, _ options: ArticleSearchOptions) throws {
        let db = context.db
        let hits = try db.searchArticles(query!, options: options)
        if hits.isEmpty { recordGap(context) }
        if global.json {
            try JSONOutput.print(hits.map(HitJSON.init))
            return
        }
        if hits.isEmpty { Console.note("no articles match"); return }
        let bold = Console.stdoutIsTerminal ? ("\u{1B}[1m", "\u{1B}[0m") : ("[", "]")
        for (rank, hit) in hits.enumerated() {
            let status = hit.status == .published ? "" : " (\(hit.status.rawValue))"
            Console.print("\(rank + 1). #\(hit.id) \(Console.safe(hit.title))  [\(hit.lang.rawValue)]\(status)  score \(hit.score)")
            if let snippet = hit.snippet, !snippet.parts.isEmpty {
                Console.print("   " + TextSafety.clean(snippet.rendered(open: bold.0, close: bold.1), keepNewlines: false)
                    .replacingOccurrences(of: "␛", with: "\u{1B}"))
            }
        }
    }

    /// A person's search that found nothing is a KB gap. Bookkeeping only: a locked database
    /// is skipped (a note on stderr with `HELPDESK_DEBUG=1`), never an error of the search.
    private func recordGap(_ context: CommandContext) {
        let agent = global.actAs ?? CommandContext.osLogin
        let outcome = context.db.recordSearchGap(query: query!, lang: lang, agent: agent, now: context.now)
        if case .failed(let reason) = outcome, ProcessInfo.processInfo.environment["HELPDESK_DEBUG"] == "1" {
            Console.note("helpdesk: debug: search gap not recorded: \(reason)")
        }
    }

    /// Streams: one line in, one line out, the database opened once.
    private func runBatch(_ db: AppDatabase, _ options: ArticleSearchOptions) throws {
        // Sorted keys, as every other --json: `query`, `results`, `took_ms` in the contract's order.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let out = FileHandle.standardOutput
        var buffer = Data()
        try db.withArticleSearcher(options: options) { searcher in
            for line in InputLines() {
                let started = DispatchTime.now().uptimeNanoseconds
                let hits = try searcher.search(line)
                let took = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
                let result = BatchJSON(query: line, results: hits.map(HitJSON.init), took_ms: (took * 1000).rounded() / 1000)
                buffer.append(try JSONOutput.encode(result, with: encoder))
                buffer.append(0x0A)
                if buffer.count > 32_768 {
                    out.write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        out.write(buffer)
    }

    struct BatchJSON: Encodable {
        var query: String
        var results: [HitJSON]
        var took_ms: Double
    }

    struct HitJSON: Encodable {
        var id: Int64
        var external_id: String?
        var title: String
        var lang: String
        var status: String
        var score: Double
        var snippet: String?

        init(_ hit: ArticleHit) {
            id = hit.id
            external_id = hit.externalID
            title = hit.title
            lang = hit.lang.rawValue
            status = hit.status.rawValue
            score = hit.score
            snippet = hit.snippet.map { $0.rendered(open: "[", close: "]") }
        }

        enum CodingKeys: String, CodingKey { case id, external_id, title, lang, status, score, snippet }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(external_id, forKey: .external_id)
            try c.encode(title, forKey: .title)
            try c.encode(lang, forKey: .lang)
            try c.encode(status, forKey: .status)
            try c.encode(score, forKey: .score)
            try c.encodeIfPresent(snippet, forKey: .snippet)
        }
    }
}
