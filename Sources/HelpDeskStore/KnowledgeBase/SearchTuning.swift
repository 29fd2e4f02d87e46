import Foundation
import HelpDeskCore

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
    /// Per language (see `languageDefaults`): this is Spanish's and that of searches in every language.
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
    /// Weight of the anchor text of cross-references citing a candidate (`SectionAnchors`), as a
    /// share of the best candidate's score (see `ArticleSearcher.addAnchorScores`; 0 turns it off).
    var anchor = 0.2
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

    /// Whether a word found in `df` of `n` articles is common (see `commonShare`, `commonMinimum`).
    func isCommon(df: Int, among n: Double) -> Bool {
        Double(df) / n > commonShare && df > commonMinimum
    }

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

    /// The constants for searches in `lang`: the defaults, then what differs by language, then
    /// any `HELPDESK_KB_TUNING` overrides (`window=2` for every language, `window.en=2` for one).
    static func current(for lang: Language?) -> SearchTuning {
        var t = SearchTuning()
        t.applyLanguageDefaults(lang)
        for (key, value) in overrides {
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2, parts[1] != lang?.rawValue { continue }
            t.set(parts[0], value)
        }
        return t
    }

    /// What the languages' grammar makes different.
    ///
    /// English packs a noun phrase's words together ("shell environment variables"), Spanish puts
    /// prepositions and articles between them ("variables de entorno del shell"), so English
    /// neighbours are nearer: a window of 2 for English. On the dev set (MRR@10, half A / half B):
    /// English 0.7657 / 0.7618 → 0.7664 / 0.7678; the same window lowers Spanish (0.7313 / 0.7299 →
    /// 0.7279 / 0.7310), which keeps 3.
    private mutating func applyLanguageDefaults(_ lang: Language?) {
        switch lang {
        case .en: window = 2
        case .es, nil: break
        }
    }

    /// `HELPDESK_KB_TUNING`, parsed once: `key=value` pairs, comma-separated; unknown keys and
    /// values that are not numbers are ignored (it is an experiment switch, not a setting).
    private static let overrides: [(String, Double)] = {
        guard let spec = ProcessInfo.processInfo.environment["HELPDESK_KB_TUNING"] else { return [] }
        return spec.split(separator: ",").compactMap { pair in
            let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2, let v = Double(kv[1]) else { return nil }
            return (kv[0], v)
        }
    }()

    private mutating func set(_ key: String, _ v: Double) {
        switch key {
        case "title": titleWeight = v
        case "depth": depth = Int(v)
        case "cov": coverage = v
        case "prox": proximity = v
        case "window": window = Int(v)
        case "common": commonShare = v
        case "commonmin": commonMinimum = Int(v)
        case "lead": lead = v
        case "leaddecay": leadDecay = v
        case "leadscale": leadScale = v
        case "phrase": phrase = v
        case "k1": k1 = v
        case "budget": postingBudget = Int(v)
        case "scan": scanChars = Int(v)
        case "single": rerankSingle = v != 0
        case "stop": stopWeight = v
        case "idfp": idfPower = v
        case "b": b = v
        case "exact": exact = v
        case "leadwords": leadWords = Int(v)
        case "allwords": allWordsDepth = Int(v)
        case "allwordsmax": allWordsMaxContent = Int(v)
        case "anchor": anchor = v
        default: break
        }
    }
}
