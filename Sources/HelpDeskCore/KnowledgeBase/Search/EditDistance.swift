/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), bounded.
///
/// Used by the typo fallback: "pasword", "contrasela" and "conexoin" are one or two edits from an
/// index term. The bound lets the scan over the vocabulary give up early on hopeless pairs.
public enum EditDistance {
    /// The distance between `a` and `b`, or nil when it is greater than `maximum`.
    public static func distance(_ a: [UInt8], _ b: [UInt8], maximum: Int) -> Int? {
        if abs(a.count - b.count) > maximum { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let m = b.count
        var prev2 = [Int](repeating: 0, count: m + 1)
        var prev = Array(0...m)
        var cur = [Int](repeating: 0, count: m + 1)
        for i in 1...a.count {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = min(v, prev2[j - 2] + 1)
                }
                cur[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > maximum { return nil }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[m] <= maximum ? prev[m] : nil
    }

    public static func distance(_ a: String, _ b: String, maximum: Int) -> Int? {
        distance(Array(a.utf8), Array(b.utf8), maximum: maximum)
    }

    /// How many edits a word of this length may have and still count as a typo of another.
    public static func allowedEdits(forLength n: Int) -> Int {
        n < 4 ? 0 : (n < 8 ? 1 : 2)
    }
}
