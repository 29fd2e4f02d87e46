/// A word being stemmed: ASCII bytes plus the Snowball regions (R1/R2, or RV for Spanish).
///
/// Snowball's `among` picks the longest matching suffix first and only then checks the region, so
/// `longestSuffix` returns that suffix and the steps test the region themselves.
struct StemWord {
    var bytes: [UInt8]
    var p1: Int = 0
    var p2: Int = 0
    var pV: Int = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func hasSuffix(_ s: String) -> Bool {
        let n = bytes.count
        let m = s.utf8.count
        guard m <= n else { return false }
        var i = n - m
        for c in s.utf8 {
            if bytes[i] != c { return false }
            i += 1
        }
        return true
    }

    func hasPrefix(_ s: String) -> Bool {
        guard s.utf8.count <= bytes.count else { return false }
        return zip(bytes, s.utf8).allSatisfy { $0 == $1 }
    }

    /// The longest of `suffixes` the word ends with, starting at `minStart` or later (Snowball's
    /// `setlimit`: a region-limited search finds the longest suffix inside the region).
    func longestSuffix(_ suffixes: [String], minStart: Int = 0) -> String? {
        var best: String?
        var bestLen = -1
        for s in suffixes {
            let len = s.utf8.count
            if len > bestLen && bytes.count - len >= minStart && hasSuffix(s) {
                best = s
                bestLen = len
            }
        }
        return best
    }

    /// Start index of a suffix of `length` bytes.
    func start(ofSuffix length: Int) -> Int { bytes.count - length }

    mutating func removeLast(_ k: Int) { bytes.removeLast(k) }

    mutating func replaceSuffix(_ length: Int, with replacement: String) {
        bytes.removeLast(length)
        bytes.append(contentsOf: replacement.utf8)
    }
}
