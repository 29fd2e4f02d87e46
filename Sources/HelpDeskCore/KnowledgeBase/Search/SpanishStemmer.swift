/// The Snowball Spanish stemmer, written from the published algorithm description, applied to
/// accent-folded text.
///
/// Folding happens first (users type "configuracion" as often as "configuración"), so the
/// accented suffixes of the original algorithm appear here without their accents ("ación" is
/// "acion", "ía" is "ia"). Index and queries go through the same code, so the few words this
/// treats differently from the reference implementation still meet: "conexiones" and "conexión"
/// give "conexion"; "configurar" and "configuración" give "configur".
public enum SpanishStemmer {
    public static func stem(_ word: String) -> String {
        String(decoding: stem(Array(word.utf8)), as: UTF8.self)
    }

    public static func stem(_ input: [UInt8]) -> [UInt8] {
        guard input.count > 2, input.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return input }
        var w = StemWord(input)
        markRegions(&w)
        attachedPronoun(&w)
        if !standardSuffix(&w) && !yVerbSuffix(&w) {
            _ = verbSuffix(&w)
        }
        residualSuffix(&w)
        return w.bytes
    }

    @inline(__always) static func isVowel(_ c: UInt8) -> Bool {
        c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75
    }

    static func markRegions(_ w: inout StemWord) {
        let b = w.bytes
        let n = b.count
        w.pV = n
        if n >= 2 {
            if isVowel(b[0]) {
                w.pV = isVowel(b[1]) ? afterNext(b, from: 2, vowel: false) : afterNext(b, from: 2, vowel: true)
            } else {
                w.pV = isVowel(b[1]) ? min(3, n) : afterNext(b, from: 2, vowel: true)
            }
        }
        w.p1 = regionStart(b, from: 0)
        w.p2 = regionStart(b, from: w.p1)
    }

    /// Index after the first non-vowel that follows a vowel, searching from `from` (R1, R2).
    static func regionStart(_ b: [UInt8], from: Int) -> Int {
        var i = from
        while i < b.count && !isVowel(b[i]) { i += 1 }
        while i < b.count && isVowel(b[i]) { i += 1 }
        return i < b.count ? i + 1 : b.count
    }

    /// Index after the next vowel (or non-vowel) at or after `from`; the word's end if none.
    static func afterNext(_ b: [UInt8], from: Int, vowel: Bool) -> Int {
        var i = from
        while i < b.count {
            if isVowel(b[i]) == vowel { return i + 1 }
            i += 1
        }
        return b.count
    }

    // MARK: step 0

    static let pronouns = ["selas", "selos", "sela", "selo", "las", "les", "los", "nos", "me", "se", "la", "le", "lo"]

    static func attachedPronoun(_ w: inout StemWord) {
        guard let p = w.longestSuffix(pronouns) else { return }
        let rest = StemWord(Array(w.bytes.dropLast(p.utf8.count)))
        guard let verb = rest.longestSuffix(["iendo", "ando", "yendo", "ar", "er", "ir"]) else { return }
        guard rest.bytes.count - verb.utf8.count >= w.pV else { return }
        if verb == "yendo" {
            let at = rest.bytes.count - 5
            guard at > 0, rest.bytes[at - 1] == 0x75 else { return }
        }
        w.removeLast(p.utf8.count)
    }

    // MARK: step 1

    static let deleteInR2 = [
        "anza", "anzas", "ico", "ica", "icos", "icas", "ismo", "ismos", "able", "ables", "ible", "ibles",
        "ista", "istas", "oso", "osa", "osos", "osas", "amiento", "amientos", "imiento", "imientos",
    ]
    static let deleteInR2ThenIc = ["adora", "ador", "acion", "adoras", "adores", "aciones", "ante", "antes",
                                   "ancia", "ancias"]
    static let standardSuffixes = deleteInR2 + deleteInR2ThenIc + [
        "logia", "logias", "ucion", "uciones", "encia", "encias", "amente", "mente", "idad", "idades",
        "iva", "ivo", "ivas", "ivos",
    ]
    static let deleteInR2Set = Set(deleteInR2)
    static let deleteInR2ThenIcSet = Set(deleteInR2ThenIc)

    /// Removes a standard suffix; false when none applied.
    static func standardSuffix(_ w: inout StemWord) -> Bool {
        guard let s = w.longestSuffix(standardSuffixes) else { return false }
        let len = s.utf8.count
        let start = w.bytes.count - len
        func inR2(_ i: Int) -> Bool { i >= w.p2 }
        func dropIf(_ suffix: String) {
            if w.hasSuffix(suffix) && inR2(w.bytes.count - suffix.utf8.count) { w.removeLast(suffix.utf8.count) }
        }
        switch s {
        case _ where deleteInR2Set.contains(s):
            guard inR2(start) else { return false }
            w.removeLast(len)
        case _ where deleteInR2ThenIcSet.contains(s):
            guard inR2(start) else { return false }
            w.removeLast(len)
            dropIf("ic")
        case "logia", "logias":
            guard inR2(start) else { return false }
            w.replaceSuffix(len, with: "log")
        case "ucion", "uciones":
            guard inR2(start) else { return false }
            w.replaceSuffix(len, with: "u")
        case "encia", "encias":
            guard inR2(start) else { return false }
            w.replaceSuffix(len, with: "ente")
        case "amente":
            guard start >= w.p1 else { return false }
            w.removeLast(len)
            if w.hasSuffix("iv") && inR2(w.bytes.count - 2) {
                w.removeLast(2)
                dropIf("at")
            } else if let x = w.longestSuffix(["os", "ic", "ad"]) {
                dropIf(x)
            }
        case "mente":
            guard inR2(start) else { return false }
            w.removeLast(len)
            if let x = w.longestSuffix(["ante", "able", "ible"]) { dropIf(x) }
        case "idad", "idades":
            guard inR2(start) else { return false }
            w.removeLast(len)
            if let x = w.longestSuffix(["abil", "ic", "iv"]) { dropIf(x) }
        default: // iva ivo ivas ivos
            guard inR2(start) else { return false }
            w.removeLast(len)
            dropIf("at")
        }
        return true
    }

    // MARK: step 2

    static let ySuffixes = ["ya", "ye", "yan", "yen", "yeron", "yendo", "yo", "yas", "yes", "yais", "yamos"]

    static func yVerbSuffix(_ w: inout StemWord) -> Bool {
        guard let s = w.longestSuffix(ySuffixes, minStart: w.pV) else { return false }
        let start = w.bytes.count - s.utf8.count
        guard start >= w.pV, start > 0, w.bytes[start - 1] == 0x75 else { return false }
        w.removeLast(s.utf8.count)
        return true
    }

    /// The verb endings, folded. Endings that exist in the original algorithm only with an
    /// accent ("ía", "ís", "áis", "erá", "aría", "ió"…) are left out when, without the accent,
    /// they are the ending of common nouns and adjectives: "memoria", "copia", "sintaxis",
    /// "primera", "manera", "primaria", "usuario" would otherwise lose a syllable and collide
    /// with unrelated words ("man", "cop"). Longer accent-only forms that no noun ends with
    /// ("configurábamos" → "abamos") are kept.
    static let guSuffixes: Set<String> = ["en", "es", "emos"]
    static let verbSuffixes = Array(guSuffixes) + [
        "aran", "aras", "ara", "ariais", "areis", "ariamos", "aremos",
        "eriais", "ereis", "eriamos", "eremos", "iriais", "ireis", "iriamos", "iremos",
        "aba", "ada", "ida", "iera", "ad", "ed", "id", "ase", "iese", "aste", "iste", "an", "aban",
        "ieran", "asen", "iesen", "aron", "ieron", "ado", "ido", "ando", "iendo", "ar", "er",
        "ir", "as", "abas", "adas", "idas", "ieras", "ases", "ieses", "abais", "iais",
        "arais", "ierais", "aseis", "ieseis", "asteis", "isteis", "ados", "idos", "amos", "abamos", "iamos",
        "imos", "aramos", "ieramos", "iesemos", "asemos",
    ]

    static func verbSuffix(_ w: inout StemWord) -> Bool {
        guard let s = w.longestSuffix(verbSuffixes, minStart: w.pV) else { return false }
        let start = w.bytes.count - s.utf8.count
        guard start >= w.pV else { return false }
        w.removeLast(s.utf8.count)
        if guSuffixes.contains(s), w.hasSuffix("gu") { w.removeLast(1) }
        return true
    }

    // MARK: step 3

    static func residualSuffix(_ w: inout StemWord) {
        // "í" is a residual ending only with its accent; folded it would strip every final "i".
        guard let s = w.longestSuffix(["os", "a", "o", "e"]) else { return }
        let start = w.bytes.count - s.utf8.count
        guard start >= w.pV else { return }
        w.removeLast(s.utf8.count)
        if s == "e", w.hasSuffix("gu"), w.bytes.count - 1 >= w.pV { w.removeLast(1) }
    }
}
