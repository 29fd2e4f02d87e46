import Foundation

/// Rows for one INSERT statement, encoded without per-value objects: text bytes back to back
/// in one buffer and, for each column, its integer, where its text is, or NULL.
///
/// Why: binding through GRDB's `StatementArguments` boxes every value in an existential and
/// builds arrays for each row; in the demo's bulk load that cost more than SQLite's own work.
/// Rows are encoded here (on whichever thread generates them) and bound straight through the
/// SQLite C API by `RowInserter`. Values must be appended in the statement's parameter order.
struct EncodedRows: Sendable {
    /// 16 bytes (the one-byte kind last, so it packs after the length).
    struct Value: Sendable {
        enum Kind: UInt8, Sendable { case null, integer, text }
        /// The integer, or for text the offset of its first byte in `bytes`.
        var integer: Int64
        /// For text, its length in bytes.
        var length: Int32
        var kind: Kind
    }

    /// Parameters per row.
    let columns: Int
    /// Text values, and whatever else an encoder keeps between them (see `EventChainEncoder`).
    private(set) var bytes: [UInt8] = []
    private(set) var values: [Value] = []

    init(columns: Int, reservingRows rows: Int = 0, bytesPerRow: Int = 0) {
        self.columns = columns
        values.reserveCapacity(rows * columns)
        bytes.reserveCapacity(rows * bytesPerRow)
    }

    var count: Int { values.count / columns }

    mutating func appendNull() {
        values.append(Value(integer: 0, length: 0, kind: .null))
    }

    mutating func append(_ value: Int64?) {
        guard let value else { return appendNull() }
        values.append(Value(integer: value, length: 0, kind: .integer))
    }

    mutating func append(_ value: Int?) { append(value.map(Int64.init)) }

    /// Booleans as SQLite (and GRDB) store them: 1 or 0.
    mutating func append(_ value: Bool?) { append(value.map { $0 ? 1 : 0 } as Int64?) }

    mutating func append(_ value: String?) {
        guard let value else { return appendNull() }
        let start = bytes.count
        bytes.append(contentsOf: value.utf8)
        appendText(from: start)
    }

    /// A date as the store writes it (`StoredDate`).
    mutating func append(_ value: Date?) {
        guard let value else { return appendNull() }
        let start = bytes.count
        StoredDate.append(value, to: &bytes)
        appendText(from: start)
    }

    /// Bytes outside any value (an encoder's separators), or the start of a text value that
    /// `appendText(from:)` then closes.
    mutating func appendRaw<C: Collection>(_ raw: C) where C.Element == UInt8 {
        bytes.append(contentsOf: raw)
    }

    mutating func appendRaw(_ byte: UInt8) { bytes.append(byte) }

    /// Makes `bytes[start...]`, already appended, the next value (as text).
    mutating func appendText(from start: Int) {
        values.append(Value(integer: Int64(start), length: Int32(bytes.count - start), kind: .text))
    }

    /// Appends the decimal digits of `value` as `String(value)` would write them.
    mutating func appendDecimal(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt64 = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(48 + magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }

    /// The encoded bytes from `start` to the end (for hashing what was just appended).
    func withBytes<T>(from start: Int, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start...])) }
    }

    /// Removes every row, keeping the capacity for the next batch.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }
}
