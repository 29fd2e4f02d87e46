/// The Snowball English ("Porter2") stemmer, written from the published algorithm description.
///
/// Works on folded lower-case ASCII bytes (see `Tokenizer`); anything else is returned unchanged.
/// Stemming makes "connecting", "connected" and "connection" one index term, which is the single
/// biggest quality gain over plain FTS5 for natural-language questions.
public enum EnglishStemmer {
    public static func stem(_ word: String) -> String {
        String(decoding: stem(Array(word.utf8)), as: UTF8.self)
    }

    public static func stem(_ input: [UInt8]) -> [UInt8] {
        guard input.count > 2, input.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x27 }) else {
            return input
        }
        var w = StemWord(input)
        if w.bytes.first == 0x27 { w.bytes.removeFirst() }
        if let special = exceptions1[String(decoding: w.bytes, as: UTF8.self)] {
            return Array(special.utf8)
        }
        if w.bytes.count <= 2 { return w.bytes }
        markConsonantY(&w.bytes)
        computeRegions(&w)
        step0(&w)
        step1a(&w)
        if exceptions2.contains(String(decoding: w.bytes, as: UTF8.self)) { return unmarkY(w.bytes) }
        step1b(&w)
        step1c(&w)
        step2(&w)
        step3(&w)
        step4(&w)
        step5(&w)
        return unmarkY(w.bytes)
    }

    // MARK: letters

    static let upperY: UInt8 = 0x59

    @inline(__always) static func isVowel(_ c: UInt8) -> Bool {
        c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 || c == 0x79
    }

    static func markConsonantY(_ b: inout [UInt8]) {
        if b[0] == 0x79 { b[0] = upperY }
        for i in 1..<b.count where b[i] == 0x79 && isVowel(b[i - 1]) { b[i] = upperY }
    }

    static func unmarkY(_ b: [UInt8]) -> [UInt8] {
        b.map { $0 == upperY ? 0x79 : $0 }.filter { $0 != 0x27 }
    }

    /// R1 and R2 (index where the region starts), with the Porter2 prefix exceptions.
    static func computeRegions(_ w: inout StemWord) {
        let b = w.bytes
        var p1 = b.count
        var matchedPrefix = false
        for prefix in ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"] where w.hasPrefix(prefix) {
            p1 = prefix.utf8.count
            matchedPrefix = true
            break
        }
        if !matchedPrefix { p1 = regionStart(b, from: 0) }
        w.p1 = p1
        w.p2 = regionStart(b, from: p1)
    }

    /// Index after the first non-vowel that follows a vowel, searching from `from`.
    static func regionStart(_ b: [UInt8], from: Int) -> Int {
        var i = from
        while i < b.count && !isVowel(b[i]) { i += 1 }
        while i < b.count && isVowel(b[i]) { i += 1 }
        return i < b.count ? i + 1 : b.count
    }

    /// Whether the word ends with a short syllable.
    static func endsWithShortSyllable(_ b: [UInt8]) -> Bool {
        let n = b.count
        if n == 2 { return isVowel(b[0]) && !isVowel(b[1]) }
        guard n >= 3 else { return false }
        let last = b[n - 1]
        return !isVowel(b[n - 3]) && isVowel(b[n - 2]) && !isVowel(last)
            && last != 0x77 && last != 0x78 && last != upperY
    }

    static func isShort(_ w: StemWord) -> Bool {
        w.p1 >= w.bytes.count && endsWithShortSyllable(w.bytes)
    }

    // MARK: steps

    static func step0(_ w: inout StemWord) {
        if let s = w.longestSuffix(["'s'", "'s", "'"]) { w.removeLast(s.utf8.count) }
    }

    static func step1a(_ w: inout StemWord) {
        guard let s = w.longestSuffix(["sses", "ied", "ies", "us", "ss", "s"]) else { return }
        switch s {
        case "sses": w.replaceSuffix(4, with: "ss")
        case "ied", "ies": w.replaceSuffix(3, with: w.bytes.count > 4 ? "i" : "ie")
        case "s":
            let n = w.bytes.count
            if n >= 3, w.bytes[0..<(n - 2)].contains(where: isVowel) { w.removeLast(1) }
        default: break
        }
    }

    static func step1b(_ w: inout StemWord) {
        guard let s = w.longestSuffix(["eedly", "ingly", "edly", "eed", "ing", "ed"]) else { return }
        let len = s.utf8.count
        if s == "eed" || s == "eedly" {
            if w.bytes.count - len >= w.p1 { w.replaceSuffix(len, with: "ee") }
            return
        }
        let stemEnd = w.bytes.count - len
        guard w.bytes[0..<stemEnd].contains(where: isVowel) else { return }
        w.removeLast(len)
        if w.hasSuffix("at") || w.hasSuffix("bl") || w.hasSuffix("iz") {
            w.bytes.append(0x65)
        } else if w.longestSuffix(["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"]) != nil,
                  !(w.bytes.count == 3 && isVowel(w.bytes[0])) { // "add", "err", "inn" keep the double
            w.bytes.removeLast()
        } else if isShort(w) {
            w.bytes.append(0x65)
        }
    }

    static func step1c(_ w: inout StemWord) {
        let n = w.bytes.count
        guard n > 2, w.bytes[n - 1] == 0x79 || w.bytes[n - 1] == upperY, !isVowel(w.bytes[n - 2]) else { return }
        w.bytes[n - 1] = 0x69
    }

    static let step2Rules: [(String, String)] = [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"),
        ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"),
        ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ]
    static let step2Suffixes = step2Rules.map(\.0)

    static func step2(_ w: inout StemWord) {
        guard let s = w.longestSuffix(step2Suffixes) else { return }
        let len = s.utf8.count
        let start = w.bytes.count - len
        guard start >= w.p1 else { return }
        let replacement = step2Rules.first { $0.0 == s }!.1
        if s == "ogi" {
            guard start > 0, w.bytes[start - 1] == 0x6C else { return }
        } else if s == "li" {
            guard start > 0, validLiEnding(w.bytes[start - 1]) else { return }
        }
        w.replaceSuffix(len, with: replacement)
    }

    static func validLiEnding(_ c: UInt8) -> Bool {
        "cdeghkmnrt".utf8.contains(c)
    }

    static let step3Rules: [(String, String)] = [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ]
    static let step3Suffixes = step3Rules.map(\.0)

    static func step3(_ w: inout StemWord) {
        guard let s = w.longestSuffix(step3Suffixes) else { return }
        let len = s.utf8.count
        let start = w.bytes.count - len
        guard start >= w.p1 else { return }
        if s == "ative" && start < w.p2 { return }
        w.replaceSuffix(len, with: step3Rules.first { $0.0 == s }!.1)
    }

    static let step4Suffixes = [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive",
        "ize", "ion", "al", "er", "ic",
    ]

    static func step4(_ w: inout StemWord) {
        guard let s = w.longestSuffix(step4Suffixes) else { return }
        let len = s.utf8.count
        let start = w.bytes.count - len
        guard start >= w.p2 else { return }
        if s == "ion" {
            guard start > 0, w.bytes[start - 1] == 0x73 || w.bytes[start - 1] == 0x74 else { return }
        }
        w.removeLast(len)
    }

    static func step5(_ w: inout StemWord) {
        let n = w.bytes.count
        guard n > 0 else { return }
        if w.bytes[n - 1] == 0x65 {
            let start = n - 1
            if start >= w.p2 {
                w.removeLast(1)
            } else if start >= w.p1 && !endsWithShortSyllable(Array(w.bytes[0..<start])) {
                w.removeLast(1)
            }
        } else if w.bytes[n - 1] == 0x6C, n - 1 >= w.p2, n >= 2, w.bytes[n - 2] == 0x6C {
            w.removeLast(1)
        }
    }

    // MARK: exceptions

    static let exceptions1: [String: String] = [
        "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "idly": "idl",
        "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl",
        "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias",
        "andes": "andes",
    ]

    static let exceptions2: Set<String> = [
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    ]
}
