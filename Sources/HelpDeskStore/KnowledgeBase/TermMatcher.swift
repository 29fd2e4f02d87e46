import HelpDeskCore

/// Finds the query's terms in an article's processed (stemmed) text and measures how well the
/// article answers the whole query, which bm25 alone does not: bm25 sums per-term scores, so an
/// article repeating one rare word can beat one that contains every word of the question, and
/// it ignores word order entirely.
struct TermMatcher {
    struct Features: Equatable {
        /// Share of the query's terms present (0...1).
        var coverage: Double
        /// Share of the query's adjacent term pairs found close together (0...1).
        var proximity: Double
        /// Share of the query's terms found in the opening words of the body: articles and
        /// documentation sections state their subject first, so a term there is worth more than
        /// the same term in passing further down.
        var lead: Double
    }

    /// Stem bytes and the query term they belong to.
    private let stems: [(bytes: [UInt8], term: Int)]
    private let prefix: (bytes: [UInt8], term: Int)?
    private let termCount: Int
    /// Positions kept per term; enough to find neighbours, bounded for huge articles.
    private let maxPositions = 4096

    init(terms: [QueryTerm], prefix: QueryTerm?) {
        var stems: [([UInt8], Int)] = []
        for (i, t) in terms.enumerated() {
            for s in t.stems { stems.append((Array(s.utf8), i)) }
        }
        self.stems = stems
        if let prefix, let i = terms.firstIndex(where: { $0.position == prefix.position }) {
            self.prefix = (Array(prefix.folded.utf8), i)
        } else {
            self.prefix = nil
        }
        termCount = terms.count
    }

    func features(of text: (title: String, body: String), window: Int, leadWords: Int) -> Features {
        var positions = [[Int32]](repeating: [], count: termCount)
        var next: Int32 = 0
        scan(text.title, from: &next, into: &positions)
        next += Int32(window) + 16 // title and body are not neighbours
        let bodyStart = next
        scan(text.body, from: &next, into: &positions)
        let present = positions.filter { !$0.isEmpty }.count
        let coverage = Double(present) / Double(max(termCount, 1))
        let leadEnd = bodyStart + Int32(leadWords)
        let inLead = positions.filter { list in list.contains { $0 >= bodyStart && $0 < leadEnd } }.count
        let lead = Double(inLead) / Double(max(termCount, 1))
        guard termCount > 1 else { return Features(coverage: coverage, proximity: 0, lead: lead) }
        var pairs = 0.0
        for i in 0..<(termCount - 1) {
            pairs += Self.closeness(positions[i], positions[i + 1], window: Int32(window))
        }
        return Features(coverage: coverage, proximity: pairs / Double(termCount - 1), lead: lead)
    }

    /// 1 when some occurrence of `b` follows one of `a` within `window`, 0.5 when it precedes it
    /// within the window, else 0.
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
