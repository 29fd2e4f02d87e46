import Foundation

/// The ranking constants in one place, each with the reason it exists.
///
/// `HELPDESK_KB_TUNING="title=3,depth=60"` overrides them for experiments with the benchmark
/// (`Benchmarks/kb-bench.sh`); products should never need it.
struct SearchTuning: Sendable {
    /// bm25 weight of the title column relative to the body: a word in a short title says more
    /// about the article than the same word deep in its body.
    var titleWeight = 3.0
    /// How many bm25 candidates the Swift re-ranker looks at. Deeper finds more, costs more.
    var depth = 30
    /// Boost for covering more of the query's words (a soft AND): 1 + coverage × this.
    var coverage = 0.5
    /// Boost for query words that appear next to each other, in order (phrase-like), as a
    /// fraction of the adjacent pairs of the query.
    var proximity = 1.2
    /// Largest gap (in indexed words, stop words included) that still counts as "next to".
    var window = 3
    /// Boost for query terms in the opening words of the body (see `TermMatcher.Features.lead`).
    var lead = 1.5
    /// Boost for query words found exactly as typed, not only through their stem. Off: it made no
    /// measurable difference on the dev set and costs a pass over the original text.
    var exact = 0.0
    /// 0: boosts multiply FTS5's bm25; 1: they multiply our own BM25F over the candidates,
    /// computed with `k1` and `b` below.
    var mode = 1
    var k1 = 1.2
    /// Weights of the word-pair scores (sequential dependence): in order and close, any order nearby.
    var ordered = 0.0
    var unordered = 0.0
    /// BM25F weight of the lead (opening words) as a field of its own.
    var leadField = 0.0
    /// Weight of a stop word relative to a content word (0 drops stop words entirely).
    var stopWeight = 0.1
    /// Exponent on idf for the feature weights (0: every query word counts the same).
    var idfPower = 0.0
    var b = 0.75
    /// How many opening words count as the lead.
    var leadWords = 50
    /// Terms found in more than this share of the articles are left out of the candidate query
    /// on large bases (they still count in the re-ranking): they match nearly everything and make
    /// an OR query walk most of the index.
    var commonShare = 0.25

    /// Most postings (sum of the chosen words' document frequencies) the candidate query may
    /// walk; the rarest words are kept first.
    var postingBudget = 2_000
    /// Document frequencies are counted up to this many articles (see `Vocabulary`): one more
    /// than the budget is all the candidate choice needs to know.
    var frequencyCap = 2_001
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
            case "lead": t.lead = v
            case "mode": t.mode = Int(v)
            case "k1": t.k1 = v
            case "budget": t.postingBudget = Int(v)
            case "cap": t.frequencyCap = Int(v)
            case "scan": t.scanChars = Int(v)
            case "single": t.rerankSingle = v != 0
            case "ordered": t.ordered = v
            case "unordered": t.unordered = v
            case "leadf": t.leadField = v
            case "stop": t.stopWeight = v
            case "idfp": t.idfPower = v
            case "b": t.b = v
            case "exact": t.exact = v
            case "leadwords": t.leadWords = Int(v)
            default: break
            }
        }
        return t
    }()
}
