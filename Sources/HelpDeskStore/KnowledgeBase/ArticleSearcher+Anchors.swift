import GRDB
import HelpDeskCore

extension ArticleSearcher {
    /// Adds to each candidate the query's words found in the anchor text of the references that
    /// cite it (`SectionAnchors`), then sorts again.
    ///
    /// The anchor score is BM25 over all the candidate's anchor text, divided by the sum of the
    /// query's weights (so 1 means "every content word, well represented"), times the best
    /// candidate's score and `SearchTuning.anchor`: a fixed share of the scale of this query's
    /// scores, whatever their magnitude. Only candidates are looked at, so anchor text re-orders
    /// what the query's own words found and never brings in an article on its own.
    ///
    /// On the dev set (MRR@10, half A / half B), at 0.2: English 0.7664 / 0.7678 → 0.7721 / 0.7703,
    /// Spanish 0.7313 / 0.7299 → 0.7362 / 0.7391; every weight from 0.1 to 0.25 raised both halves
    /// of both languages (`docs/kb-search.md`, round 6).
    mutating func addAnchorScores(_ scored: inout [Scored], matcher: TermMatcher, weights: [Double]) throws {
        guard tuning.anchor > 0, scored.count > 1, let best = scored.first?.score, best > 0 else { return }
        let total = weights.reduce(0, +)
        guard total > 0 else { return }
        if anchorsExist == nil { anchorsExist = try SectionAnchors.exist(in: db) }
        guard anchorsExist == true else { return }
        let texts = try SectionAnchors.texts(pointingAt: scored.map(\.id), in: db)
        var found: [(index: Int, counts: [Int], length: Int)] = []
        for (i, candidate) in scored.enumerated() {
            guard let text = texts[candidate.id] else { continue }
            let f = matcher.features(of: (title: "", body: text), original: nil, window: 0, leadWords: 0)
            found.append((i, f.bodyCounts, f.bodyLength))
        }
        guard !found.isEmpty else { return }
        let averageLength = Double(found.map(\.length).reduce(0, +)) / Double(found.count)
        let shape = BM25Shape(k1: tuning.k1, b: tuning.b, titleWeight: 0, averageLength: averageLength)
        for (i, counts, length) in found {
            let norm = shape.norm(bodyLength: length, titleLength: 0)
            var score = 0.0
            for (term, weight) in weights.enumerated() where weight > 0 && counts[term] > 0 {
                let tf = Double(counts[term])
                score += weight * tf * (shape.k1 + 1) / (tf + norm)
            }
            scored[i].score += tuning.anchor * best * score / total
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    }
}
