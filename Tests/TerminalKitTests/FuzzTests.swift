import HelpDeskTestSupport
import Testing
@testable import TerminalKit

/// Seeded random input against the parsers and the sanitiser: they must never crash, and what
/// they promise must hold for every input. `HELPDESK_FUZZ_ITERATIONS` runs more cases.
@Suite("Fuzz: key labels, sanitiser, screen buffer")
struct TerminalKitFuzzTests {
    @Test("key labels: parse or a typed error; whatever parses prints back to the same key")
    func keyLabels() {
        var gen = HostileText(seed: 1)
        for _ in 0..<HostileText.iterations {
            let text = gen.string(maxPieces: 3)
            do {
                let key = try Key(label: text)
                #expect((try? Key(label: key.label)) == key, "round trip of \(text.debugDescription)")
            } catch {
                #expect(!error.description.isEmpty)
            }
            _ = try? Key.parseSequence(text)
        }
    }

    @Test("sanitised text never carries a control, escape or bidi override to the terminal")
    func sanitiser() {
        var gen = HostileText(seed: 2)
        for _ in 0..<HostileText.iterations {
            let text = gen.string()
            for sanitizer in [Sanitizer.singleLine, .multiLine] {
                let clean = sanitizer.sanitize(text)
                for scalar in clean.unicodeScalars {
                    let v = scalar.value
                    let allowedNewline = v == 0x0A && sanitizer.newlines != Sanitizer.singleLine.newlines
                    #expect(!(v < 0x20 && !allowedNewline) || v == 0x09 && sanitizer.tabs != Sanitizer.singleLine.tabs,
                            "control U+\(String(v, radix: 16)) in \(clean.debugDescription)")
                    #expect(!(0x7F...0x9F).contains(v), "C1/DEL in \(clean.debugDescription)")
                    #expect(!(0x202A...0x202E).contains(v) && !(0x2066...0x2069).contains(v), "bidi in \(clean.debugDescription)")
                }
            }
        }
    }

    @Test("writing any text into a buffer keeps every row exactly its width")
    func buffer() {
        var gen = HostileText(seed: 3)
        var buffer = ScreenBuffer(columns: 37, rows: 5)
        for i in 0..<HostileText.iterations {
            let text = gen.string().sanitized()
            _ = buffer.write(text, row: i % 5, column: Int.random(in: -3...40, using: &gen), role: .normal)
            for line in buffer.textLines(trimmingTrailingSpaces: false) {
                #expect(line.displayWidth == 37, "row width \(line.displayWidth): \(line.debugDescription)")
            }
        }
    }
}
