/// One word of a user's query after folding and stemming.
public struct QueryTerm: Sendable, Equatable, Hashable {
    /// Folded surface form ("configuracion"), used for prefix and typo matching.
    public var folded: String
    /// Index terms for the word: one stem, or one per language when the language is unknown.
    public var stems: [String]
    public var isStopWord: Bool
    /// Position of the word in the query (0-based, stop words included).
    public var position: Int
}

/// A query split into the words that matter.
public struct AnalyzedQuery: Sendable, Equatable {
    /// Every word, in order.
    public var words: [QueryTerm]
    /// Words that carry meaning: stop words removed and duplicates (same stems) merged, in query
    /// order. When the query has nothing but stop words, those are used instead.
    public var keyTerms: [QueryTerm]
    /// The last word, when the text does not end with a separator: the user may still be typing it.
    public var unfinished: QueryTerm?

    /// Every distinct word (same stems merged), stop words included, in query order: the
    /// ranking weighs stop words down instead of ignoring them.
    public var rankingTerms: [QueryTerm] {
        var seen = Set<[String]>()
        return words.filter { seen.insert($0.stems).inserted }
    }

    /// The query has nothing but stop words ("to be or not to be").
    public var onlyStopWords: Bool { !words.isEmpty && words.allSatisfy(\.isStopWord) }

    public var isEmpty: Bool { keyTerms.isEmpty }
}

/// Turns any user text into analysed terms. Nothing the user types is passed to FTS5 as syntax:
/// operators, quotes, `*`, `-`, `NEAR(`, column filters and parentheses are just separators here,
/// and `FTSExpression` quotes every term it emits.
public enum QueryAnalyzer {
    /// Longer queries are cut: a pasted log does not become a 500-term OR.
    public static let maxWords = 64
    /// Tokens longer than this are dropped (hashes, base64): they cannot be typed as a query word.
    public static let maxTokenBytes = 64

    public static func analyze(_ text: String, language: Language?) -> AnalyzedQuery {
        let analyzers: [TextAnalyzer] = language.map { [TextAnalyzer(language: $0)] }
            ?? [TextAnalyzer(language: .es), TextAnalyzer(language: .en)]
        var words: [QueryTerm] = []
        Tokenizer.forEachToken(in: text) { token in
            guard words.count < maxWords, token.count <= maxTokenBytes else { return }
            let bytes = Array(token)
            let folded = String(decoding: bytes.filter { $0 != 0x27 }, as: UTF8.self)
            var stems: [String] = []
            for analyzer in analyzers {
                let s = String(decoding: analyzer.stem(bytes), as: UTF8.self)
                if !s.isEmpty && !stems.contains(s) { stems.append(s) }
            }
            guard !stems.isEmpty else { return }
            let stop = StopWords.isStopWord(String(decoding: bytes, as: UTF8.self), language: language)
                || StopWords.isStopWord(folded, language: language)
            words.append(QueryTerm(folded: folded, stems: stems, isStopWord: stop, position: words.count))
        }
        var key: [QueryTerm] = []
        var seen = Set<[String]>()
        for w in words where !w.isStopWord && seen.insert(w.stems).inserted { key.append(w) }
        if key.isEmpty {
            for w in words where seen.insert(w.stems).inserted { key.append(w) }
        }
        let endsOpen = text.unicodeScalars.last.map { scalar in
            var probe: [UInt8] = []
            return Tokenizer.append(scalar, to: &probe)
        } ?? false
        return AnalyzedQuery(words: words, keyTerms: key, unfinished: endsOpen ? words.last : nil)
    }
}

/// Builds FTS5 MATCH expressions in which every term is a quoted string.
///
/// FTS5 treats a double-quoted string as a phrase of tokens and nothing inside it as syntax
/// (a `"` is written `""`), so a quoted term can never be read as an operator, a column filter
/// or a prefix marker. This is the only place expressions are made.
public enum FTSExpression {
    public static func quote(_ term: String) -> String {
        "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One query word: its stem, or the OR of its stems in several languages.
    public static func term(_ t: QueryTerm) -> String {
        t.stems.count == 1 ? quote(t.stems[0]) : "(" + t.stems.map(quote).joined(separator: " OR ") + ")"
    }

    /// A word the user may still be typing: its stem, or anything starting with what was typed.
    public static func prefix(_ t: QueryTerm) -> String {
        "(" + (t.stems.map(quote) + [quote(t.folded) + " *"]).joined(separator: " OR ") + ")"
    }

    public static func any(_ parts: [String]) -> String { parts.joined(separator: " OR ") }

    public static func all(_ parts: [String]) -> String {
        parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " AND ") + ")"
    }

    /// The stems of consecutive words as one phrase ("configur red"); single-language terms only.
    public static func phrase(_ terms: [QueryTerm]) -> String? {
        guard terms.count > 1, terms.allSatisfy({ $0.stems.count == 1 }) else { return nil }
        return quote(terms.map { $0.stems[0] }.joined(separator: " "))
    }
}
