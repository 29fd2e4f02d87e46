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
    var depth = 40
    /// Boost for covering more of the query's words (a soft AND): 1 + coverage × this.
    var coverage = 1.0
    /// Boost for query words that appear next to each other, in order (phrase-like), as a
    /// fraction of the adjacent pairs of the query.
    var proximity = 0.6
    /// Largest gap (in indexed words, stop words included) that still counts as "next to".
    var window = 3
    /// Boost for query terms in the opening words of the body (see `TermMatcher.Features.lead`).
    var lead = 1.0
    /// How many opening words count as the lead.
    var leadWords = 50
    /// Terms found in more than this share of the articles are left out of the candidate query
    /// on large bases (they still count in the re-ranking): they match nearly everything and make
    /// an OR query walk most of the index.
    var commonShare = 0.25

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
            case "leadwords": t.leadWords = Int(v)
            default: break
            }
        }
        return t
    }()
}
