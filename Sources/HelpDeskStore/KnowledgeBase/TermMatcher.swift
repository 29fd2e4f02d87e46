import HelpDeskCore

/// Finds the query's terms in an article's processed (stemmed) text and measures how well the
/// article answers the whole query, which bm25 alone does not: bm25 sums per-term scores, so an
/// article repeating one rare word can beat one that contains every word of the question, and
/// it ignores word order entirely.
struct TermMatcher {
    struct Features {
        /// Weighted share of the query's terms present (0...1).
        var coverage: Double
        /// Share of the query's adjacent term pairs found close together (0...1).
        var proximity: Double
        /// Weighted share of the query's terms found in the opening words of the body: articles
        /// and documentation sections state their subject first, so a term there is worth more
        /// than the same term in passing further down.
        var lead: Double
        /// Weighted share of the query's words found exactly as typed (folded, not stemmed):
        /// counters over-stemming, where "paginador" and "página" share the stem "pagin".
        var exact: Double
        /// Occurrences of each term in the title and the body, and the lengths (in words).
        var titleCounts: [Int] = []
        var bodyCounts: [Int] = []
        var leadCounts: [Int] = []
        /// Per adjacent pair of content words: occurrences in order within the window
        /// (phrase-like) and in any order within a wider window (same passage).
        var orderedPairs: [Int] = []
        var unorderedPairs: [Int] = []
        var pairTerms: [(Int, Int)] = []
        var titleLength = 0
        var bodyLength = 0

        /// BM25F-style score: title occurrences count `titleWeight` times a body occurrence.
        /// The body's opening words form a third field, weighted `leadWeight` on top of the body.
        func bm25(idf: [Double], k1: Double, b: Double, titleWeight: Double, leadWeight: Double,
                  averageLength: Double) -> Double {
            let length = Double(bodyLength) + titleWeight * Double(titleLength)
            let norm = k1 * (1 - b + b * length / max(averageLength, 1))
            var score = 0.0
            for i in 0..<idf.count {
                let tf = Double(bodyCounts[i]) + titleWeight * Double(titleCounts[i]) + leadWeight * Double(leadCounts[i])
                if tf > 0 { score += idf[i] * tf * (k1 + 1) / (tf + norm) }
            }
            return score
        }

        /// Sequential-dependence-style score of the word pairs: a saturating count of each
        /// pair's close occurrences, weighted like its rarer word.
        func pairScore(idf: [Double], k1: Double, orderedWeight: Double, unorderedWeight: Double) -> Double {
            var score = 0.0
            for (k, pair) in pairTerms.enumerated() {
                let w = min(idf[pair.0], idf[pair.1])
                let o = Double(orderedPairs[k])
                let u = Double(unorderedPairs[k])
                if o > 0 { score += orderedWeight * w * o * (k1 + 1) / (o + k1) }
                if u > 0 { score += unorderedWeight * w * u * (k1 + 1) / (u + k1) }
            }
            return score
        }
    }

    /// Stem bytes and the query term they belong to.
    private let stems: [(bytes: [UInt8], term: Int)]
    private let prefix: (bytes: [UInt8], term: Int)?
    /// Folded surface forms that differ from every stem of their term.
    private let surfaces: [(bytes: [UInt8], term: Int)]
    private let weights: [Double]
    private let isStop: [Bool]
    private let termCount: Int
    /// Positions kept per term; enough to find neighbours, bounded for huge articles.
    private let maxPositions = 4096

    /// `weights` (one per term, e.g. idf) make rare words count more than common ones.
    init(terms: [QueryTerm], prefix: QueryTerm?, weights: [Double]? = nil) {
        var stems: [([UInt8], Int)] = []
        var surfaces: [([UInt8], Int)] = []
        for (i, t) in terms.enumerated() {
            for s in t.stems { stems.append((Array(s.utf8), i)) }
            if !t.stems.contains(t.folded) { surfaces.append((Array(t.folded.utf8), i)) }
        }
        self.stems = stems
        self.surfaces = surfaces
        if let prefix, let i = terms.firstIndex(where: { $0.position == prefix.position }) {
            self.prefix = (Array(prefix.folded.utf8), i)
        } else {
            self.prefix = nil
        }
        termCount = terms.count
        isStop = terms.map(\.isStopWord)
        self.weights = weights ?? Array(repeating: 1, count: terms.count)
    }

    /// Whether the exact-form feature needs the original text at all.
    var needsOriginal: Bool { !surfaces.isEmpty }

    func features(of text: (title: String, body: String), original: (title: String, body: String)?,
                  window: Int, leadWords: Int) -> Features {
        var positions = [[Int32]](repeating: [], count: termCount)
        var next: Int32 = 0
        scan(text.title, from: &next, into: &positions)
        let titleLength = Int(next)
        let titleCounts = positions.map(\.count)
        next += Int32(window) + 16 // title and body are not neighbours
        let bodyStart = next
        scan(text.body, from: &next, into: &positions)
        let bodyLength = Int(next - bodyStart)
        let bodyCounts = positions.indices.map { positions[$0].count - titleCounts[$0] }
        let total = weights.reduce(0, +)
        func share(_ present: (Int) -> Bool) -> Double {
            guard total > 0 else { return 0 }
            var sum = 0.0
            for i in 0..<termCount where present(i) { sum += weights[i] }
            return sum / total
        }
        let coverage = share { !positions[$0].isEmpty }
        let leadEnd = bodyStart + Int32(leadWords)
        let lead = share { i in positions[i].contains { $0 >= bodyStart && $0 < leadEnd } }
        var exact = 0.0
        if let original, !surfaces.isEmpty {
            let found = exactForms(in: original)
            var sum = 0.0
            var all = 0.0
            for s in surfaces {
                all += weights[s.term]
                if found.contains(s.term) { sum += weights[s.term] }
            }
            exact = all > 0 ? sum / all : 0
        }
        var pairs = 0.0
        if termCount > 1 {
            for i in 0..<(termCount - 1) {
                pairs += Self.closeness(positions[i], positions[i + 1], window: Int32(window))
            }
            pairs /= Double(termCount - 1)
        }
        var pairTerms: [(Int, Int)] = []
        var previous: Int?
        for i in 0..<termCount where !isStop[i] {
            if let p = previous { pairTerms.append((p, i)) }
            previous = i
        }
        let ordered = pairTerms.map { Self.pairCount(positions[$0.0], positions[$0.1], window: Int32(window), ordered: true) }
        let unordered = pairTerms.map { Self.pairCount(positions[$0.0], positions[$0.1], window: 8, ordered: false) }
        var features = Features(coverage: coverage, proximity: pairs, lead: lead, exact: exact,
                        titleCounts: titleCounts, bodyCounts: bodyCounts,
                        leadCounts: positions.map { list in list.filter { $0 >= bodyStart && $0 < leadEnd }.count },
                        titleLength: titleLength,
                        bodyLength: bodyLength)
        features.orderedPairs = ordered
        features.unorderedPairs = unordered
        features.pairTerms = pairTerms
        return features
    }

    /// Terms whose surface form occurs in the original text (first 64 KB of the body).
    private func exactForms(in original: (title: String, body: String)) -> Set<Int> {
        var found = Set<Int>()
        let body = original.body.utf8.count > 65_536 ? String(decoding: original.body.utf8.prefix(65_536), as: UTF8.self) : original.body
        for text in [original.title, body] {
            Tokenizer.forEachToken(in: text) { token in
                for s in surfaces where s.bytes.count == token.count && !found.contains(s.term) && s.bytes == token {
                    found.insert(s.term)
                }
            }
            if found.count == surfaces.count { break }
        }
        return found
    }

    /// 1 when some occurrence of `b` follows one of `a` within `window`, 0.5 when it precedes it
    /// within the window, else 0.
    /// How many occurrences of `a` have an occurrence of `b` after them (or on either side when
    /// not `ordered`) within `window`.
    static func pairCount(_ a: [Int32], _ b: [Int32], window: Int32, ordered: Bool) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var count = 0
        var j = 0
        for p in a {
            while j < b.count && b[j] < p - window { j += 1 }
            var k = j
            while k < b.count && b[k] <= p + window {
                if b[k] > p || (!ordered && b[k] != p) {
                    count += 1
                    break
                }
                k += 1
            }
        }
        return count
    }

    static func closeness(_ a: [Int32], _ b: [Int32], window: Int32) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var best = 0.0
        var j = 0
        for p in a {
            while j < b.count && b[j] < p - window { j += 1 }
            var k = j
            while k < b.count && b[k] <= p + window {
                if b[k] > p { return 1 }
                if b[k] < p { best = 0.5 }
                k += 1
            }
        }
        return best
    }

    private func scan(_ text: String, from next: inout Int32, into positions: inout [[Int32]]) {
        var text = text
        text.withUTF8 { buffer in
            var start = 0
            let n = buffer.count
            var i = 0
            while i <= n {
                if i == n || buffer[i] == 0x20 {
                    if i > start {
                        if let term = match(buffer, start, i), positions[term].count < maxPositions {
                            positions[term].append(next)
                        }
                        next += 1
                    }
                    start = i + 1
                }
                i += 1
            }
        }
    }

    private func match(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let len = end - start
        for s in stems where s.bytes.count == len && buffer[start] == s.bytes[0] {
            var equal = true
            for k in 1..<max(len, 1) where buffer[start + k] != s.bytes[k] {
                equal = false
                break
            }
            if equal { return s.term }
        }
        if let p = prefix, len >= p.bytes.count, !p.bytes.isEmpty {
            var equal = true
            for k in 0..<p.bytes.count where buffer[start + k] != p.bytes[k] {
                equal = false
                break
            }
            if equal { return p.term }
        }
        return nil
    }
}
