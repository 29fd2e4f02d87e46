/// Case and accent folding for search.
///
/// Search matches "Contraseña", "contrasena" and "CONTRASEÑA" alike, so both the indexed text and
/// the query go through the same folding before stemming. Latin letters lose their diacritics
/// (ñ becomes n: the Spanish "año"/"ano" collision is accepted, users type without accents all the
/// time); other scripts are only lower-cased. The work is done on Unicode scalars with a small
/// table instead of Foundation's `folding(options:)`, which is far too slow for bulk indexing.
public enum TextFolding {
    /// What one scalar contributes to a token.
    @usableFromInline
    enum Fold {
        /// Ends the current token.
        case separator
        /// A combining mark: part of the token, adds nothing (decomposed "n" + U+0303).
        case mark
        /// Folded ASCII text to append.
        case ascii(StaticString)
        /// A letter or digit outside the Latin table, lower-cased.
        case other(Unicode.Scalar)
    }

    /// Folds a whole string: lower case, no diacritics, separators kept as they are.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch classify(scalar) {
            case .separator: out.append(scalar)
            case .mark: break
            case .ascii(let s): s.withUTF8Buffer { for b in $0 { out.append(Unicode.Scalar(b)) } }
            case .other(let s): out.append(s)
            }
        }
        return String(out)
    }

    /// Folds one scalar. ASCII letters and digits come back as themselves in lower case.
    @inlinable
    static func classify(_ scalar: Unicode.Scalar) -> Fold {
        let v = scalar.value
        if v < 0x80 {
            switch v {
            case 0x30...0x39, 0x61...0x7A: return .ascii(asciiTable[Int(v)])
            case 0x41...0x5A: return .ascii(asciiTable[Int(v) + 32])
            default: return .separator
            }
        }
        if v >= 0xC0 && v <= 0x17F, let folded = latinTable[v] {
            return .ascii(folded)
        }
        if v >= 0x300 && v <= 0x36F { return .mark }
        let props = scalar.properties
        if props.isAlphabetic || props.numericType != nil {
            if props.changesWhenLowercased, let lower = props.lowercaseMapping.unicodeScalars.first {
                return .other(lower)
            }
            return .other(scalar)
        }
        if props.generalCategory == .nonspacingMark { return .mark }
        return .separator
    }

    /// One-character static strings for ASCII letters and digits (index = code point).
    @usableFromInline
    static let asciiTable: [StaticString] = {
        var table = [StaticString](repeating: "", count: 128)
        let letters: [StaticString] = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
                                       "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"]
        let digits: [StaticString] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
        for (i, l) in letters.enumerated() { table[0x61 + i] = l }
        for (i, d) in digits.enumerated() { table[0x30 + i] = d }
        return table
    }()

    /// Latin-1 Supplement and Latin Extended-A letters folded to ASCII.
    @usableFromInline
    static let latinTable: [UInt32: StaticString] = {
        var t: [UInt32: StaticString] = [:]
        func put(_ chars: String, _ folded: StaticString) {
            for s in chars.unicodeScalars { t[s.value] = folded }
        }
        put("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a")
        put("ÇçĆćĈĉĊċČč", "c")
        put("ÐðĎďĐđ", "d")
        put("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e")
        put("ĜĝĞğĠġĢģ", "g")
        put("ĤĥĦħ", "h")
        put("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i")
        put("Ĵĵ", "j")
        put("Ķķĸ", "k")
        put("ĹĺĻļĽľĿŀŁł", "l")
        put("ÑñŃńŅņŇňŉŊŋ", "n")
        put("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o")
        put("ŔŕŖŗŘř", "r")
        put("ŚśŜŝŞşŠšſ", "s")
        put("ŢţŤťŦŧ", "t")
        put("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u")
        put("Ŵŵ", "w")
        put("ÝýÿŶŷŸ", "y")
        put("ŹźŻżŽž", "z")
        put("Ææ", "ae")
        put("Œœ", "oe")
        put("Þþ", "th")
        put("ß", "ss")
        put("Ĳĳ", "ij")
        return t
    }()
}
