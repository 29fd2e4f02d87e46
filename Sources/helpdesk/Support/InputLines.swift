import Foundation

/// Standard input as lines split at `\n` and nowhere else, for `kb search --stdin`.
///
/// Swift's `readLine` also takes a `\r` before the `\n` away (`"\r\n"` is one Character), so
/// a query ending in a carriage return came back without it; the contract's batch answers
/// each input line with that line as its `query`, control characters included. Invalid UTF-8
/// is repaired (U+FFFD), as `readLine` does.
struct InputLines: Sequence, IteratorProtocol {
    private let handle: FileHandle
    private var buffer = Data()
    private var finished = false

    init(_ handle: FileHandle = .standardInput) {
        self.handle = handle
    }

    mutating func next() -> String? {
        nextBytes().map { String(decoding: $0, as: UTF8.self) }
    }

    /// The next line's bytes, without its `\n`, for callers that refuse what `next()` repairs.
    mutating func nextBytes() -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = buffer[(newline + 1)...]
                return Data(line)
            }
            if finished {
                guard !buffer.isEmpty else { return nil }
                defer { buffer = Data() }
                return buffer
            }
            let chunk = handle.availableData
            if chunk.isEmpty { finished = true } else { buffer = Data(buffer) + chunk }
        }
    }
}
