/// SHA-256 (FIPS 180-4), for the tamper-evident event chain.
///
/// Written here because Foundation on Linux has no CryptoKit and the chain needs nothing else
/// from a crypto library; checked against the standard test vectors. The core works on raw
/// bytes with its state in scalars and its scratch space on the stack, so hashing allocates
/// nothing: the demo hashes hundreds of thousands of events, and the per-call
/// arrays of an array-based version cost as much as the compression itself.
struct SHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The eight words of the hash state, as named in FIPS 180-4, starting from its initial
    /// values. Plain scalars: in a SIMD value the compiler shuffled lanes on every round.
    struct State {
        var a: UInt32 = 0x6a09e667, b: UInt32 = 0xbb67ae85, c: UInt32 = 0x3c6ef372, d: UInt32 = 0xa54ff53a
        var e: UInt32 = 0x510e527f, f: UInt32 = 0x9b05688c, g: UInt32 = 0x1f83d9ab, h: UInt32 = 0x5be0cd19
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The digest of `bytes` as 64 lowercase hex characters.
    static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var out = [UInt8]()
        out.reserveCapacity(64)
        Array(bytes).withUnsafeBytes { appendHex(of: $0, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the digest of `input` to `out` as 64 lowercase hex characters.
    static func appendHex(of input: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        let state = hash(input)
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: 64))
        out.withUnsafeMutableBufferPointer { out in
            hexDigits.withUnsafeBufferPointer { digits in
                func put(_ word: UInt32, _ index: Int) {
                    for nibble in 0..<8 {
                        out[start + index * 8 + nibble] = digits[Int((word >> UInt32(28 - nibble * 4)) & 0xF)]
                    }
                }
                put(state.a, 0); put(state.b, 1); put(state.c, 2); put(state.d, 3)
                put(state.e, 4); put(state.f, 5); put(state.g, 6); put(state.h, 7)
            }
        }
    }

    /// The final state (the digest as eight big-endian words).
    static func hash(_ input: UnsafeRawBufferPointer) -> State {
        var state = State()
        k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                let whole = input.count / 64 * 64
                var offset = 0
                while offset < whole {
                    compress(input.baseAddress! + offset, &state, w.baseAddress!, k.baseAddress!)
                    offset += 64
                }
                // The tail, 0x80, zeros and the bit length: one or two blocks.
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                    let rest = input.count - whole
                    for i in 0..<rest { tail[i] = input[whole + i] }
                    tail[rest] = 0x80
                    let blocks = rest + 9 <= 64 ? 1 : 2
                    for i in (rest + 1)..<(blocks * 64 - 8) { tail[i] = 0 }
                    let bits = UInt64(input.count) &* 8
                    for i in 0..<8 { tail[blocks * 64 - 8 + i] = UInt8(truncatingIfNeeded: bits >> UInt64(56 - i * 8)) }
                    let base = UnsafeRawPointer(tail.baseAddress!)
                    for block in 0..<blocks { compress(base + block * 64, &state, w.baseAddress!, k.baseAddress!) }
                }
            }
        }
        return state
    }

    @inline(__always)
    private static func compress(_ block: UnsafeRawPointer, _ state: inout State,
                                 _ w: UnsafeMutablePointer<UInt32>, _ k: UnsafePointer<UInt32>) {
        for i in 0..<16 {
            w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
        }
        for i in 16..<64 {
            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var a = state.a, b = state.b, c = state.c, d = state.d, e = state.e, f = state.f, g = state.g, h = state.h
        // Eight rounds per pass with the roles of the words rotated by name instead of by moving them.
        var i = 0
        while i < 64 {
            round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
            round(h, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
            round(g, h, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
            round(f, g, h, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
            round(e, f, g, &h, a, b, c, &d, k[i + 4] &+ w[i + 4])
            round(d, e, f, &g, h, a, b, &c, k[i + 5] &+ w[i + 5])
            round(c, d, e, &f, g, h, a, &b, k[i + 6] &+ w[i + 6])
            round(b, c, d, &e, f, g, h, &a, k[i + 7] &+ w[i + 7])
            i += 8
        }
        state.a &+= a; state.b &+= b; state.c &+= c; state.d &+= d
        state.e &+= e; state.f &+= f; state.g &+= g; state.h &+= h
    }

    /// One round: `d` and `h` are the words that change (the rest only shift names).
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                              _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ kw
        let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
        d &+= t1
        h = t1 &+ t2
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
