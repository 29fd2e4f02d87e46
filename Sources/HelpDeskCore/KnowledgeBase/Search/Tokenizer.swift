/// Splits text into folded word tokens.
///
/// A token is a run of letters and digits (after `TextFolding`), the same notion of a word that
/// SQLite's `unicode61` tokenizer has, so the processed text we hand to FTS5 is split there exactly
/// as here. An apostrophe between letters stays inside the token ("user's") so the English
/// stemmer can strip the possessive; the analyser removes any that remain.
public enum Tokenizer {
    /// A folded token and where it came from in the original text (for snippets).
    public struct Located: Sendable, Equatable {
        public var text: String
        public var range: Range<String.Index>
    }

    /// Calls `body` with each folded token as UTF-8 bytes. The buffer is reused: copy what you keep.
    @inlinable
    public static func forEachToken(in text: String, _ body: (borrowing [UInt8]) -> Void) {
        var token: [UInt8] = []
        token.reserveCapacity(32)
        for scalar in text.unicodeScalars {
            if append(scalar, to: &token) { continue }
            if !token.isEmpty {
                trimApostrophes(&token)
                if !token.isEmpty { body(token) }
                token.removeAll(keepingCapacity: true)
            }
        }
        if !token.isEmpty {
            trimApostrophes(&token)
            if !token.isEmpty { body(token) }
        }
    }

    /// The folded tokens of `text` as strings.
    public static func tokens(in text: String) -> [String] {
        var out: [String] = []
        forEachToken(in: text) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    /// The folded tokens with their ranges in `text`.
    public static func locatedTokens(in text: String) -> [Located] {
        var out: [Located] = []
        var token: [UInt8] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        func flush(at end: String.Index) {
            trimApostrophes(&token)
            if !token.isEmpty, let s = start {
                out.append(Located(text: String(decoding: token, as: UTF8.self), range: s..<end))
            }
            token.removeAll(keepingCapacity: true)
            start = nil
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if append(scalar, to: &token) {
                if start == nil { start = index }
            } else if start != nil {
                flush(at: index)
            }
            index = scalars.index(after: index)
        }
        if start != nil { flush(at: scalars.endIndex) }
        return out
    }

    /// Appends the folded form of `scalar`; false when the scalar separates tokens.
    @inlinable
    static func append(_ scalar: Unicode.Scalar, to token: inout [UInt8]) -> Bool {
        let v = scalar.value
        // Fast path: ASCII.
        if v < 0x80 {
            switch v {
            case 0x30...0x39, 0x61...0x7A: token.append(UInt8(v)); return true
            case 0x41...0x5A: token.append(UInt8(v + 32)); return true
            case 0x27: // apostrophe inside a word
                if !token.isEmpty { token.append(0x27); return true }
                return false
            default: return false
            }
        }
        if v == 0x2019 {
            if !token.isEmpty { token.append(0x27); return true }
            return false
        }
        switch TextFolding.classify(scalar) {
        case .separator: return false
        case .mark: return !token.isEmpty
        case .ascii(let s): s.withUTF8Buffer { token.append(contentsOf: $0) }; return true
        case .other(let s): token.append(contentsOf: String(s).utf8); return true
        }
    }

    @inlinable
    static func trimApostrophes(_ token: inout [UInt8]) {
        while token.last == 0x27 { token.removeLast() }
    }
}
