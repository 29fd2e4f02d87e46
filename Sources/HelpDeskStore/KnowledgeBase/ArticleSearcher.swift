import Foundation
import GRDB
import HelpDeskCore

/// Runs searches on one open connection: analyse the query, fetch bm25 candidates from FTS5,
/// re-rank them in Swift by coverage and proximity, fall back to typo correction and prefixes
/// when nothing matches.
public struct ArticleSearcher {
    let db: Database
    let options: ArticleSearchOptions
    let tuning = SearchTuning.current
    var vocabulary: Vocabulary

    init(db: Database, options: ArticleSearchOptions) {
        self.db = db
        self.options = options
        self.vocabulary = Vocabulary(db: db)
    }

    public mutating func search(_ text: String) throws -> [ArticleHit] {
        let query = QueryAnalyzer.analyze(text, language: options.lang)
        guard !query.isEmpty, options.limit > 0 else { return [] }
        let typing = options.prefixLastWord ? query.unfinished : nil
        var ranked = try rank(query, prefix: typing)
        if ranked.isEmpty, let corrected = try vocabulary.corrected(query) {
            ranked = try rank(corrected, prefix: nil)
        }
        if ranked.isEmpty, typing == nil, let last = query.words.last {
            ranked = try rank(query, prefix: last)
        }
        return try hits(ranked, query: query)
    }

    // MARK: ranking

    struct Scored {
        var id: Int64
        var score: Double
    }

    func rank(_ query: AnalyzedQuery, prefix: QueryTerm?) throws -> [Scored] {
        var parts = query.keyTerms.map { term in
            term.position == prefix?.position ? FTSExpression.prefix(term) : FTSExpression.term(term)
        }
        if let prefix, prefix.folded.utf8.count >= 2, !query.keyTerms.contains(where: { $0.position == prefix.position }) {
            parts.append(FTSExpression.prefix(prefix))
        }
        let expression = FTSExpression.any(parts)
        let rerank = true
        let depth = rerank ? max(options.limit, tuning.depth) : options.limit
        let candidates = try fetchCandidates(expression, depth: depth)
        guard rerank, candidates.count > 1 else { return candidates }
        let matcher = TermMatcher(terms: query.keyTerms, prefix: prefix)
        var scored: [Scored] = []
        scored.reserveCapacity(candidates.count)
        for candidate in candidates {
            let features = try matcher.features(of: processedText(candidate.id), window: tuning.window,
                                                leadWords: tuning.leadWords)
            let boost = 1 + tuning.coverage * features.coverage + tuning.proximity * features.proximity
                + tuning.lead * features.lead
            scored.append(Scored(id: candidate.id, score: candidate.score * boost))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        return Array(scored.prefix(options.limit))
    }

    func fetchCandidates(_ expression: String, depth: Int) throws -> [Scored] {
        var sql = "SELECT rowid, bm25(articles_fts, 0.0, 0.0, \(tuning.titleWeight), 1.0) AS s FROM articles_fts WHERE articles_fts MATCH ?"
        var arguments: StatementArguments = [expression]
        if let lang = options.lang {
            sql += " AND lang = ?"
            arguments += [lang.rawValue]
        }
        if !options.includeUnpublished { sql += " AND status = 'published'" }
        sql += " ORDER BY s, rowid LIMIT ?"
        arguments += [depth]
        let statement = try db.cachedStatement(sql: sql)
        var out: [Scored] = []
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try rows.next() {
            out.append(Scored(id: row[0], score: -(row[1] as Double)))
        }
        return out
    }

    /// The stemmed title and body as indexed, title first.
    func processedText(_ id: Int64) throws -> (title: String, body: String) {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT title, body FROM articles_fts WHERE rowid = ?"),
                                   arguments: [id])
        return (row?[0] ?? "", row?[1] ?? "")
    }

    // MARK: results

    func hits(_ ranked: [Scored], query: AnalyzedQuery) throws -> [ArticleHit] {
        let statement = try db.cachedStatement(sql: options.snippets
            ? "SELECT id, external_id, title, lang, status, body FROM articles WHERE id = ?"
            : "SELECT id, external_id, title, lang, status FROM articles WHERE id = ?")
        var out: [ArticleHit] = []
        for r in ranked {
            guard let row = try Row.fetchOne(statement, arguments: [r.id]) else { continue }
            let lang = Language(rawValue: row["lang"]) ?? .en
            var hit = ArticleHit(id: row["id"], externalID: row["external_id"], title: row["title"], lang: lang,
                                 status: ArticleStatus(rawValue: row["status"]) ?? .draft,
                                 score: (r.score * 1000).rounded() / 1000, snippet: nil)
            if options.snippets {
                hit.snippet = SnippetMaker(query: query, lang: lang).snippet(for: row["body"])
            }
            out.append(hit)
        }
        return out
    }
}

/// Marks the words of an article's original text that match the query's stems.
struct SnippetMaker {
    let stems: Set<String>
    let prefixes: [String]
    let analyzer: TextAnalyzer

    init(query: AnalyzedQuery, lang: Language) {
        analyzer = TextAnalyzer(language: lang)
        let terms = query.keyTerms
        stems = Set(terms.flatMap { $0.stems })
        prefixes = query.unfinished.map { [$0.folded] } ?? []
    }

    func snippet(for body: String) -> Snippet {
        Snippet.make(from: body) { token in
            let s = String(decoding: analyzer.stem(Array(token.utf8)), as: UTF8.self)
            if stems.contains(s) { return s }
            if let p = prefixes.first(where: { token.hasPrefix($0) }) { return p }
            return nil
        }
    }
}
