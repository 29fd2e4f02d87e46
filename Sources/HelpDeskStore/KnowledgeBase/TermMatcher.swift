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
        /// Weighted closeness of each term's first occurrence to the start of the body (1 at the
        /// first word, 1/2 at `leadScale` words, …): a graded form of `lead`, so a word in the
        /// opening sentence counts more than one at word 49, and one at word 51 still counts.
        var leadDecay: Double = 0
        /// Occurrences of each term in the title and the body, and the lengths (in words).
        var titleCounts: [Int] = []
        var bodyCounts: [Int] = []
        /// Per adjacent pair of query words (`TermMatcher.phrases`): how often the article has
        /// them side by side, in the query's order.
        var phraseCounts: [Int] = []
        var phraseTerms: [(Int, Int)] = []
        var titleLength = 0
        var bodyLength = 0

        /// BM25F-style score: title occurrences count `titleWeight` times a body occurrence.
        func bm25(idf: [Double], _ shape: BM25Shape) -> Double {
            let norm = shape.norm(bodyLength: bodyLength, titleLength: titleLength)
            var score = 0.0
            for i in 0..<idf.count {
                let tf = Double(bodyCounts[i]) + shape.titleWeight * Double(titleCounts[i])
                if tf > 0 { score += idf[i] * tf * (shape.k1 + 1) / (tf + norm) }
            }
            return score
        }

        /// The query's adjacent word pairs scored like terms of their own, with the same saturation
        /// and length normalisation. A pair is at least as rare as its rarer word, so that word's
        /// weight stands in for the pair's (a lower bound that needs no statistics of pairs).
        func phraseScore(idf: [Double], _ shape: BM25Shape) -> Double {
            let norm = shape.norm(bodyLength: bodyLength, titleLength: titleLength)
            var score = 0.0
            for (k, pair) in phraseTerms.enumerated() where phraseCounts[k] > 0 {
                let tf = Double(phraseCounts[k])
                score += max(idf[pair.0], idf[pair.1]) * tf * (shape.k1 + 1) / (tf + norm)
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
    /// Adjacent query-word pairs, as term indices (see `ArticleSearcher.phrases`).
    private let phrases: [(Int, Int)]
    /// Positions kept per term; enough to find neighbours, bounded for huge articles.
    private let maxPositions = 4096

    /// `weights` (one per term, e.g. idf) make rare words count more than common ones.
    init(terms: [QueryTerm], prefix: QueryTerm?, weights: [Double]? = nil, phrases: [(Int, Int)] = []) {
        self.phrases = phrases
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
                  window: Int, leadWords: Int, leadScale: Double = 25) -> Features {
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
        var leadDecay = 0.0
        if total > 0 {
            for i in 0..<termCount {
                guard let first = positions[i].first(where: { $0 >= bodyStart }) else { continue }
                leadDecay += weights[i] / (1 + Double(first - bodyStart) / leadScale)
            }
            leadDecay /= total
        }
        var features = Features(coverage: coverage, proximity: pairs, lead: lead, exact: exact, leadDecay: leadDecay,
                                titleCounts: titleCounts, bodyCounts: bodyCounts,
                                titleLength: titleLength, bodyLength: bodyLength)
        features.phraseTerms = phrases
        features.phraseCounts = phrases.map { Self.adjacent(positions[$0.0], positions[$0.1]) }
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

    /// How many occurrences of `a` are directly followed by one of `b` (both sorted).
    static func adjacent(_ a: [Int32], _ b: [Int32]) -> Int {
        var count = 0
        var j = 0
        for p in a {
            while j < b.count && b[j] <= p { j += 1 }
            if j < b.count && b[j] == p + 1 { count += 1 }
        }
        return count
    }

    /// 1 when some occurrence of `b` follows one of `a` within `window`, 0.5 when it only
    /// precedes it within the window, else 0.
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

/// The constants of a BM25 length normalisation.
struct BM25Shape {
    var k1: Double
    var b: Double
    /// A title word counts this many body words (in the term counts and in the length).
    var titleWeight: Double
    /// Average body length (words) of the articles being compared.
    var averageLength: Double

    func norm(bodyLength: Int, titleLength: Int) -> Double {
        let length = Double(bodyLength) + titleWeight * Double(titleLength)
        return k1 * (1 - b + b * length / max(averageLength, 1))
    }
}
