/// Cross-references between the numbered sections of imported documentation ("see Section 2.3.4",
/// "consulte Sección 2.3.4") and the words that introduce them.
///
/// A manual imported one section per article names its sections by number, in its titles
/// ("Debian Reference 2.3.4") and in its cross-references. The words a writer puts in front of a
/// reference say what the other section is about ("pager tools such as more(1) and less(1) (see
/// Section 1.4.5)"), often in other words than that section uses itself: anchor text, as web
/// search uses the text of links. The search adds it to the target's score (`kb_section_anchors`).
public enum SectionReferences {
    /// A reference found in a body: the section it points to (`key`) and the words before it.
    public struct Reference: Equatable, Sendable {
        public var key: String
        public var context: String
    }

    /// How many words before a reference count as its anchor text. Further back, the sentence is
    /// usually about the referring article's own subject.
    public static let contextWords = 12

    /// Words that introduce a section number, folded (no accents, lower case).
    static let keywords: Set<String> = ["section", "sections", "seccion", "secciones", "chapter", "chapters",
                                        "capitulo", "capitulos", "apartado", "apartados", "§"]

    /// The key that references to the article with this title resolve to: the series (the title's
    /// words before its section number, folded) and the number, e.g. "debian reference 2.3.4" for
    /// "Debian Reference 2.3.4" and "debian faq 1.2" for "Debian FAQ 1.2 (Definitions and
    /// overview)". Nil for a title without a section number: an ordinary article.
    ///
    /// Works on UTF-8 bytes: the search asks this of every candidate of every query.
    public static func key(ofTitle title: String) -> String? {
        titleParts(title).map { key(series: $0.series, number: $0.number) }
    }

    /// The folded series and the section number of a numbered title.
    static func titleParts(_ title: String) -> (series: String, number: String)? {
        let bytes = Array(title.utf8)
        let words = wordRanges(bytes)
        guard let at = words.indices.first(where: { isTitleNumber(at: $0, words, bytes) }),
              let number = sectionNumber(bytes[words[at]]) else { return nil }
        let series = words[..<at].map { TextFolding.fold(String(decoding: bytes[$0], as: UTF8.self)) }.joined(separator: " ")
        return (series, number)
    }

    static func key(series: String, number: String) -> String {
        series.isEmpty ? number : series + " " + number
    }

    /// The references in `body` of the article titled `title` to other sections of the same series.
    /// Empty when the title has no section number (the article is not part of a numbered manual, so
    /// its numbers cannot be resolved) or when the body has no reference.
    public static func references(in body: String, title: String) -> [Reference] {
        guard let (series, ownNumber) = titleParts(title) else { return [] }
        let own = key(series: series, number: ownNumber)
        let bytes = Array(body.utf8)
        let words = wordRanges(bytes)
        var out: [Reference] = []
        var clauseStart = 0
        for (i, range) in words.enumerated() {
            defer { if endsClause(bytes[range]) { clauseStart = i + 1 } }
            guard i > clauseStart, let number = sectionNumber(bytes[range]), isKeyword(bytes[words[i - 1]]) else { continue }
            let target = key(series: series, number: number)
            guard target != own else { continue }
            let from = max(clauseStart, i - 1 - contextWords)
            guard from < i - 1 else { continue }
            let context = String(decoding: bytes[words[from].lowerBound..<words[i - 2].upperBound], as: UTF8.self)
            out.append(Reference(key: target, context: context))
        }
        return out
    }

    /// Whether the title's word `i` is its section number: a number that ends the title, ends with
    /// a colon or full stop ("2.1: Printing"), or is followed by a parenthesis or a dash ("Debian
    /// FAQ 1.2 (Definitions…)", "Chapter 3 — Printing"). Not "Windows 11 upgrade", "Office 365 mail".
    static func isTitleNumber(at i: Int, _ words: [Range<Int>], _ bytes: [UInt8]) -> Bool {
        let word = bytes[words[i]]
        guard sectionNumber(word) != nil else { return false }
        if i == words.count - 1 || word.last == 0x3A || word.last == 0x2E { return true }
        let next = bytes[words[i + 1]]
        return next.first == 0x28 || Array(next) == [0x2D] || Array(next) == [0xE2, 0x80, 0x94] || Array(next) == [0xE2, 0x80, 0x93]
    }

    /// The words of a text as byte ranges, split at ASCII white space and no-break spaces (U+00A0,
    /// which HTML-converted manuals put between "Section" and its number).
    static func wordRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start: Int?
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let space = b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : (b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 ? 2 : 0)
            if space > 0 {
                if let s = start { out.append(s..<i) }
                start = nil
                i += space
            } else {
                if start == nil { start = i }
                i += 1
            }
        }
        if let s = start { out.append(s..<bytes.count) }
        return out
    }

    /// "2.3.4", "2.3.4.", "2.3.4)," → "2.3.4"; "12" → "12"; anything else nil.
    static func sectionNumber(_ word: ArraySlice<UInt8>) -> String? {
        var end = word.startIndex
        while end < word.endIndex, (word[end] >= 0x30 && word[end] <= 0x39) || word[end] == 0x2E { end += 1 }
        while end > word.startIndex, word[end - 1] == 0x2E { end -= 1 }
        guard end > word.startIndex, word[word.startIndex] != 0x2E else { return nil }
        var previousDot = false
        for b in word[word.startIndex..<end] {
            if b == 0x2E, previousDot { return nil }
            previousDot = b == 0x2E
        }
        // What follows the number is punctuation: "2.3.4)" yes, "2.3.4y" or "3D" no.
        for b in word[end...] where b < 0x80 && (isASCIILetter(b) || (b >= 0x30 && b <= 0x39)) { return nil }
        return String(decoding: word[word.startIndex..<end], as: UTF8.self)
    }

    /// Whether a word, folded and without its punctuation, introduces a section number.
    static func isKeyword(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count <= 16 else { return false }
        let folded = TextFolding.fold(String(decoding: word, as: UTF8.self))
        return keywords.contains(String(folded.drop { !$0.isLetter && $0 != "§" }.reversed().drop { !$0.isLetter && $0 != "§" }.reversed()))
    }

    /// Whether a word closes a clause: the anchor text of a reference does not reach across it.
    /// A section number with a full stop ("… see Section 12.1. If that does not help") ends one too.
    static func endsClause(_ word: ArraySlice<UInt8>) -> Bool {
        guard let last = word.last else { return false }
        return last == 0x2E || last == 0x3F || last == 0x21 || last == 0x3B || last == 0x3A
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }
}
