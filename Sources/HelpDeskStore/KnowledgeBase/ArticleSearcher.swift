import Foundation
import GRDB
import HelpDeskCore

/// Runs searches on one open connection: analyse the query, fetch bm25 candidates from FTS5,
/// re-rank them in Swift (BM25F, where the words appear, phrases), fall back to typo correction
/// and prefixes when nothing matches.
public struct ArticleSearcher {
    let db: Database
    let options: ArticleSearchOptions
    let tuning: SearchTuning
    var vocabulary: Vocabulary
    var candidates: CandidateFetcher
    /// Whether any article cites a numbered section (`SectionAnchors`); looked up once.
    var anchorsExist: Bool?

    init(db: Database, options: ArticleSearchOptions) {
        self.db = db
        self.options = options
        self.tuning = SearchTuning.current(for: options.lang)
        self.vocabulary = Vocabulary(db: db)
        self.candidates = CandidateFetcher(db: db, lang: options.lang, includeUnpublished: options.includeUnpublished,
                                           titleWeight: tuning.titleWeight)
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

    mutating func rank(_ query: AnalyzedQuery, prefix: QueryTerm?) throws -> [Scored] {
        // Every distinct word counts in the ranking, stop words too but weighed down: "quién" in
        // "¿Quién sube los paquetes?" is what finds the answer when the other words are common.
        let terms = query.rankingTerms
        // Statistics of the searched language only: a word common in Spanish articles says little
        // about a Spanish query even when the English half of the base never uses it.
        let n = Double(max(try vocabulary.articleCount(lang: options.lang), 1))
        var idf: [Double] = []
        var dfs: [Int] = []
        for term in terms {
            // One word alone needs no statistics: its weight cannot change the order.
            let df = terms.count == 1 ? 0 : try vocabulary.documentFrequency(of: term, lang: options.lang)
            dfs.append(df)
            idf.append(log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5)))
        }
        let stopFactor = terms.map { $0.isStopWord && !query.onlyStopWords ? tuning.stopWeight : 1.0 }
        let chosen = candidateTerms(terms, dfs: dfs, idf: idf, n: n, onlyStopWords: query.onlyStopWords)
        var parts = chosen.map { i in
            terms[i].position == prefix?.position ? FTSExpression.prefix(terms[i]) : FTSExpression.term(terms[i])
        }
        if let prefix, prefix.folded.utf8.count >= 2,
           !chosen.contains(where: { terms[$0].position == prefix.position }) {
            parts.append(FTSExpression.prefix(prefix))
        }
        guard !parts.isEmpty else { return [] }
        let rerank = terms.count > 1 || tuning.rerankSingle
        // A prefix can match any number of rows: count it as the whole base.
        let postings = prefix == nil ? chosen.reduce(0) { $0 + dfs[$1] } : Int(n)
        var found = try candidates.fetch(FTSExpression.any(parts), depth: rerank ? max(options.limit, tuning.depth) : options.limit,
                                         postings: postings, baseSize: try vocabulary.articleCount(lang: nil))
        if rerank, prefix == nil, let all = allWordsQuery(terms, dfs: dfs) {
            let seen = Set(found.map(\.id))
            found += try candidates.fetch(all.expression, depth: tuning.allWordsDepth, postings: all.postings,
                                          baseSize: try vocabulary.articleCount(lang: nil)).filter { !seen.contains($0.id) }
        }
        // One candidate needs no ordering, but a coverage floor still has to look at it.
        guard rerank, found.count > 1 || options.minimumCoverage > 0 else { return found.map { Scored(id: $0.id, score: $0.score) } }
        let weights = terms.indices.map { pow(idf[$0], tuning.idfPower) * stopFactor[$0] }
        let bm25Weights = terms.indices.map { idf[$0] * stopFactor[$0] }
        let matcher = TermMatcher(terms: terms, prefix: prefix, weights: weights, phrases: Self.phrases(query, terms))
        var scored = try rescore(found, matcher: matcher, bm25Weights: bm25Weights, single: terms.count == 1,
                                 content: terms.map { !$0.isStopWord || query.onlyStopWords })
        if terms.count > 1 {
            // Anchor text weighs the words that pick candidates: not stop words, not common ones.
            let anchorWeights = terms.indices.map { i in
                terms[i].isStopWord || tuning.isCommon(df: dfs[i], among: n) ? 0 : idf[i]
            }
            try addAnchorScores(&scored, matcher: matcher, weights: anchorWeights)
        }
        return Array(scored.prefix(options.limit))
    }

    /// The words that go into the candidate query: not stop words, not words found in a large share
    /// of a large base (they make an OR walk most of the index and barely change the order; they still
    /// count in the re-ranking), and on a large base only the rarest whose postings fit the budget,
    /// so long questions stay fast.
    func candidateTerms(_ terms: [QueryTerm], dfs: [Int], idf: [Double], n: Double, onlyStopWords: Bool) -> [Int] {
        let common = dfs.map { tuning.isCommon(df: $0, among: n) }
        var chosen = terms.indices.filter { !common[$0] && (!terms[$0].isStopWord || onlyStopWords) }
        if chosen.isEmpty { chosen = terms.indices.filter { !terms[$0].isStopWord || onlyStopWords } }
        if chosen.isEmpty, let rarest = terms.indices.max(by: { idf[$0] < idf[$1] }) { chosen = [rarest] }
        var budget = tuning.postingBudget
        var kept: [Int] = []
        for i in chosen.sorted(by: { dfs[$0] < dfs[$1] }) where kept.isEmpty || dfs[i] <= budget {
            kept.append(i)
            budget -= dfs[i]
        }
        return kept.sorted()
    }

    /// For a query of stop words around at most `allWordsMaxContent` content words ("Who is on the
    /// system?", "¿Quién sube los paquetes?"): the AND of all its words, stop words included, and the
    /// most rows it can match. The candidate query leaves stop words out, so there the content word
    /// alone picks the candidates, and when it is common the article that answers the question
    /// need not be among them; the articles holding every word of the question are the likely
    /// ones. Only when the rarest word's postings fit the budget: that bounds the rows FTS5 scores.
    func allWordsQuery(_ terms: [QueryTerm], dfs: [Int]) -> (expression: String, postings: Int)? {
        let content = terms.indices.filter { !terms[$0].isStopWord }
        guard tuning.allWordsDepth > 0, terms.count >= 2, content.count < terms.count,
              content.count <= tuning.allWordsMaxContent,
              let rarest = dfs.min(), rarest > 0, rarest <= tuning.postingBudget else { return nil }
        return (FTSExpression.all(terms.map(FTSExpression.term)), rarest)
    }

    /// Adjacent words of the query as pairs of ranking-term indices ("sistema de archivos" gives
    /// sistema–de and de–archivos); pairs of two stop words say nothing and are left out.
    static func phrases(_ query: AnalyzedQuery, _ terms: [QueryTerm]) -> [(Int, Int)] {
        let index = Dictionary(terms.enumerated().map { ($0.element.stems, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var out: [(Int, Int)] = []
        for (a, b) in zip(query.words, query.words.dropFirst()) where !(a.isStopWord && b.isStopWord) {
            guard let i = index[a.stems], let j = index[b.stems], i != j,
                  !out.contains(where: { $0 == (i, j) }) else { continue }
            out.append((i, j))
        }
        return out
    }

    /// Final score: BM25F over the candidates plus the query's phrases found as phrases, times a
    /// boost for where the words are (close together, in the opening of the body); every
    /// candidate, best first (the caller adds anchor text and cuts to the limit).
    mutating func rescore(_ found: [CandidateFetcher.Candidate], matcher: TermMatcher, bm25Weights: [Double],
                          single: Bool, content: [Bool]) throws -> [Scored] {
        // A single word: its BM25 is FTS5's; only where it appears (the lead) is added, and the
        // opening of the body is all that has to be read.
        let bodyChars = single ? tuning.leadWords * 12 : tuning.scanChars
        var all: [(CandidateFetcher.Candidate, TermMatcher.Features)] = []
        all.reserveCapacity(found.count)
        for candidate in found {
            let original = matcher.needsOriginal && tuning.exact > 0 ? try originalText(candidate.id) : nil
            let features = matcher.features(of: try processedText(candidate.id, bodyChars: bodyChars), original: original,
                                            window: tuning.window, leadWords: tuning.leadWords, leadScale: tuning.leadScale)
            all.append((candidate, features))
        }
        let averageLength = all.isEmpty ? 1 : Double(all.map { $0.1.bodyLength }.reduce(0, +)) / Double(all.count)
        var scored: [Scored] = []
        scored.reserveCapacity(all.count)
        for (candidate, f) in all {
            // Below the coverage floor, a content word of the query in the title still makes the
            // article relevant ("No imprime: …" for a long subject about printing).
            if !single, f.coverage < options.minimumCoverage,
               !f.titleCounts.indices.contains(where: { f.titleCounts[$0] > 0 && content[$0] }) { continue }
            let boost = 1 + tuning.coverage * f.coverage + tuning.proximity * f.proximity + tuning.lead * f.lead
                + tuning.leadDecay * f.leadDecay + tuning.exact * f.exact
            let shape = BM25Shape(k1: tuning.k1, b: tuning.b, titleWeight: tuning.titleWeight, averageLength: averageLength)
            let base = single ? candidate.score : f.bm25(idf: bm25Weights, shape)
            let phrases = single ? 0 : tuning.phrase * f.phraseScore(idf: bm25Weights, shape)
            scored.append(Scored(id: candidate.id, score: base * boost + phrases))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        return scored
    }

    /// The stemmed title and body as indexed, title first.
    func processedText(_ id: Int64, bodyChars: Int) throws -> (title: String, body: String) {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT title, substr(body, 1, ?) FROM articles_fts WHERE rowid = ?"),
                                   arguments: [bodyChars, id])
        return (row?[0] ?? "", row?[1] ?? "")
    }

    func originalText(_ id: Int64) throws -> (title: String, body: String) {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT title, body FROM articles WHERE id = ?"),
                                   arguments: [id])
        return (row?[0] ?? "", row?[1] ?? "")
    }

    // MARK: results

    /// A score cut to four significant digits: enough to order and compare results, short to
    /// print. Not to a fixed number of decimals: a word found in most articles of a small base
    /// scores a few millionths, which would print as 0 and look like no match at all.
    static func printable(_ score: Double) -> Double {
        guard score != 0, score.isFinite else { return score }
        let scale = pow(10, 3 - (log10(abs(score))).rounded(.down))
        return (score * scale).rounded() / scale
    }

    func hits(_ ranked: [Scored], query: AnalyzedQuery) throws -> [ArticleHit] {
        let statement = try db.cachedStatement(sql: options.snippets
            ? "SELECT id, external_id, title, body FROM articles WHERE id = ?"
            : "SELECT id, external_id, title FROM articles WHERE id = ?")
        // Language and status from the index row: in `articles` they sit after the body, and
        // reading them there would walk a long body's overflow pages.
        let facets = try db.cachedStatement(sql: "SELECT lang, status FROM articles_fts WHERE rowid = ?")
        var out: [ArticleHit] = []
        for r in ranked {
            guard let row = try Row.fetchOne(statement, arguments: [r.id]),
                  let index = try Row.fetchOne(facets, arguments: [r.id]) else { continue }
            let lang = Language(rawValue: index[0]) ?? .en
            var hit = ArticleHit(id: row["id"], externalID: row["external_id"], title: row["title"], lang: lang,
                                 status: ArticleStatus(rawValue: index[1]) ?? .draft,
                                 score: Self.printable(r.score), snippet: nil)
            if options.snippets {
                hit.snippet = SnippetMaker(query: query, lang: lang).snippet(for: row["body"])
            }
            out.append(hit)
        }
        return out
    }
}
