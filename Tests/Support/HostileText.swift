/// Seeded generator of hostile text for fuzz-style tests: control characters, escape
/// sequences, bidi overrides, invalid surrogate-adjacent scalars, FTS and TOML syntax, huge
/// runs, combining marks and wide characters. Deterministic for a seed, so a failure replays.
public struct HostileText: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    public mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }

    /// How many cases each fuzz test runs; `HELPDESK_FUZZ_ITERATIONS` raises it for long runs.
    public static var iterations: Int {
        Int(getenvString("HELPDESK_FUZZ_ITERATIONS") ?? "") ?? 2_000
    }

    static let fragments: [String] = [
        "\u{1b}", "\u{1b}[2J", "\u{1b}]52;c;SGVsbG8=\u{07}", "\u{1b}P+q\u{1b}\\", "\u{9b}31m", "\u{202e}", "\u{2066}",
        "\u{0}", "\u{7f}", "\r", "\n", "\t", "\u{85}", "\u{200b}", "\u{feff}", "\u{301}", "é", "ñ", "漢字", "👨‍👩‍👧", "🇪🇸",
        "\"", "'", "*", "-", "+", "NEAR(", "AND(", "OR", "NOT", "(", ")", ":", "^", "{", "}", "[", "]", "=", "#", "\\",
        "<", ">", "<ctrl+", "<f", "<enter>", "<", "ctrl+e>", "[keys]", "[theme]", "name = ", "fg = \"", "0x", "1e400",
        "color300", "#zzzzzz", "24:00", "99:99", "-1h", "4h", "30m", "P1", "P9", "basic", "\u{10ffff}", "\u{fffd}",
        "contraseña", "CONTRASENA", "printer", "the", "de", "la", " ", "  ", "x",
    ]

    /// A random string of up to `maxPieces` fragments and random scalars.
    public mutating func string(maxPieces: Int = 12) -> String {
        var s = ""
        for _ in 0..<Int.random(in: 0...maxPieces, using: &self) {
            switch Int.random(in: 0..<10, using: &self) {
            case 0..<6: s += Self.fragments[Int.random(in: 0..<Self.fragments.count, using: &self)]
            case 6..<8:
                let value = UInt32.random(in: 0...0x2FFFF, using: &self)
                if let scalar = Unicode.Scalar(value) { s.unicodeScalars.append(scalar) }
            case 8: s += String(repeating: "a", count: Int.random(in: 0...300, using: &self))
            default: s += String(UInt64.random(in: 0...UInt64.max, using: &self), radix: 36)
            }
        }
        return s
    }
}

#if canImport(Glibc)
import Glibc
#endif

private func getenvString(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
}
