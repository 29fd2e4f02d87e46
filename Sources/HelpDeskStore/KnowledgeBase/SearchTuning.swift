import Foundation

/// The ranking constants in one place, each with the reason it exists.
///
/// The weights of the re-ranking features were tuned on one half of the dev set (queries split
/// by a hash of their text) and checked on the other half; see `docs/kb-search.md`.
/// `HELPDESK_KB_TUNING="title=3,depth=60"` overrides them for experiments with the benchmark
/// (`Benchmarks/kb-bench.sh`); products should never need it.
struct SearchTuning: Sendable {
    /// Weight of the title relative to the body (bm25 and BM25F): a word in a short title says
    /// more about the article than the same word deep in its body.
    var titleWeight = 3.0
    /// How many bm25 candidates the Swift re-ranker looks at. Deeper finds more, costs more.
    var depth = 50
    /// Boost for covering more of the query's words (a soft AND): 1 + coverage × this. Off: with
    /// BM25F summing over every word and the lead features, it no longer adds anything.
    var coverage = 0.0
    /// Boost for query words that appear next to each other, in order (phrase-like), as a
    /// fraction of the adjacent pairs of the query.
    var proximity = 0.85
    /// Largest gap (in indexed words, stop words included) that still counts as "next to".
    var window = 3
    /// Boost for query terms in the opening words of the body (see `TermMatcher.Features.lead`).
    var lead = 1.15
    /// Boost for query terms by how early they first appear in the body
    /// (see `TermMatcher.Features.leadDecay`), and the distance in words at which that halves.
    var leadDecay = 1.95
    var leadScale = 25.0
    /// Weight of the query's adjacent word pairs found side by side in the article, scored like
    /// BM25 terms (see `TermMatcher.Features.phraseScore`).
    var phrase = 0.2
    /// Boost for query words found exactly as typed, not only through their stem. Off: it made no
    /// measurable difference on the dev set and costs a pass over the original text.
    var exact = 0.0
    /// BM25 saturation and length normalisation of the re-ranker.
    var k1 = 1.2
    var b = 0.75
    /// Weight of a stop word relative to a content word (0 drops stop words entirely).
    var stopWeight = 0.1
    /// Exponent on idf in the feature weights (coverage, lead): 1 weighs each word by its idf, as
    /// BM25 does; 0 would count every word the same.
    var idfPower = 1.0
    /// How many opening words count as the lead.
    var leadWords = 50
    /// Terms found in more than this share of the articles are left out of the candidate query
    /// (they still count in the re-ranking): they match nearly everything and make an OR query
    /// walk most of the index.
    var commonShare = 0.25
    /// …and in more than this many articles: on a small base every word is cheap, and leaving one
    /// out can leave nothing to find (two English articles, one of them about passwords, make
    /// "password" a word of half the base).
    var commonMinimum = 100

    /// Extra candidates for questions made of stop words around one content word ("Who is on the
    /// system?"): up to this many articles holding every word of the question, stop words included
    /// (see `ArticleSearcher.allWordsQuery`; 0 turns it off). On the dev set: MRR@10 en A/B 0.7607 /
    /// 0.7617 → 0.7645 / 0.7617, es 0.7320 / 0.7227 → 0.7306 / 0.7277 (three questions found at rank 1
    /// that were not in the top 10, one pushed from 3 to 10).
    var allWordsDepth = 20
    /// …for queries with at most this many content words; with more, the content words carry it.
    var allWordsMaxContent = 1

    /// Most postings (sum of the chosen words' document frequencies) the candidate query may
    /// walk; the rarest words are kept first.
    var postingBudget = 1_000
    /// How much of a long processed body the re-ranker reads (characters).
    var scanChars = 30_000

    /// Re-rank one-word queries too (by where the word appears). Costs a read of each
    /// candidate's opening; off, a one-word search is exactly FTS5's bm25 query.
    var rerankSingle = false

    static let current: SearchTuning = {
        var t = SearchTuning()
        guard let spec = ProcessInfo.processInfo.environment["HELPDESK_KB_TUNING"] else { return t }
        for pair in spec.split(separator: ",") {
            let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2, let v = Double(kv[1]) else { continue }
            switch kv[0] {
            case "title": t.titleWeight = v
            case "depth": t.depth = Int(v)
            case "cov": t.coverage = v
            case "prox": t.proximity = v
            case "window": t.window = Int(v)
            case "common": t.commonShare = v
            case "commonmin": t.commonMinimum = Int(v)
            case "lead": t.lead = v
            case "leaddecay": t.leadDecay = v
            case "leadscale": t.leadScale = v
            case "phrase": t.phrase = v
            case "k1": t.k1 = v
            case "budget": t.postingBudget = Int(v)
            case "scan": t.scanChars = Int(v)
            case "single": t.rerankSingle = v != 0
            case "stop": t.stopWeight = v
            case "idfp": t.idfPower = v
            case "b": t.b = v
            case "exact": t.exact = v
            case "leadwords": t.leadWords = Int(v)
            case "allwords": t.allWordsDepth = Int(v)
            case "allwordsmax": t.allWordsMaxContent = Int(v)
            default: break
            }
        }
        return t
    }()
}
