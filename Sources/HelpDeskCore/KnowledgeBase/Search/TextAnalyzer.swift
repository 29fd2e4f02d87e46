/// Turns text into index terms: fold, tokenise, stem (per language).
///
/// The same analyser processes article text at index time and query text at search time; that
/// symmetry is what lets SQLite's built-in `unicode61` tokenizer index our Swift stems, keeping the
/// database file usable from the plain `sqlite3` shell (no custom tokenizer to register).
public struct TextAnalyzer: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    /// The stem of one folded token (letters and digits only in the result).
    @inlinable
    public func stem(_ folded: [UInt8]) -> [UInt8] {
        var out: [UInt8]
        switch language {
        case .en: out = EnglishStemmer.stem(folded)
        case .es:
            out = SpanishStemmer.stem(folded)
            // Spanish technical text is full of English words ("scripts", "sockets", "logs"), and
            // Spanish Snowball has no plain -s rule, so their plurals never met their singulars.
            // A word it leaves untouched that ends in s goes through the English stemmer instead;
            // Spanish words it leaves untouched and that end in s are mostly function words
            // ("después", "mientras"), stemmed the same way at index and at query time.
            if folded.count > 3, folded.last == 0x73, out == folded { out = EnglishStemmer.stem(folded) }
        }
        if out.contains(0x27) { out.removeAll { $0 == 0x27 } }
        return out
    }

    /// The stem of one word, folded first.
    public func stem(_ word: String) -> String {
        var result = ""
        Tokenizer.forEachToken(in: word) { token in
            if !result.isEmpty { result += " " }
            result += String(decoding: stem(Array(token)), as: UTF8.self)
        }
        return result
    }

    /// The processed text the full-text index stores: stems separated by single spaces.
    public func indexText(_ text: String) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(text.utf8.count)
        Tokenizer.forEachToken(in: text) { token in
            let s = stem(Array(token))
            guard !s.isEmpty else { return }
            if !buffer.isEmpty { buffer.append(0x20) }
            buffer.append(contentsOf: s)
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Index text with a memo of stems already computed; used by bulk imports, where words repeat
    /// (Zipf) and a dictionary lookup is cheaper than running the suffix rules again.
    public func indexText(_ text: String, cache: StemCache) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(text.utf8.count)
        Tokenizer.forEachToken(in: text) { token in
            let s = cache.stem(token, with: self)
            guard !s.isEmpty else { return }
            if !buffer.isEmpty { buffer.append(0x20) }
            buffer.append(contentsOf: s)
        }
        return String(decoding: buffer, as: UTF8.self)
    }
}

/// A memo of token → stem per language. Not thread-safe: one per import.
public final class StemCache {
    private var english: [[UInt8]: [UInt8]] = [:]
    private var spanish: [[UInt8]: [UInt8]] = [:]
    private let limit: Int

    public init(limit: Int = 200_000) {
        self.limit = limit
    }

    func stem(_ token: borrowing [UInt8], with analyzer: TextAnalyzer) -> [UInt8] {
        let key = copy token
        switch analyzer.language {
        case .en:
            if let hit = english[key] { return hit }
            let s = analyzer.stem(key)
            if english.count < limit { english[key] = s }
            return s
        case .es:
            if let hit = spanish[key] { return hit }
            let s = analyzer.stem(key)
            if spanish.count < limit { spanish[key] = s }
            return s
        }
    }
}
