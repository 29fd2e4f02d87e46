import Testing
@testable import TerminalKit

@Suite("Sanitizer")
struct SanitizerTests {
    let reveal = Sanitizer()
    let collapse = Sanitizer(escapeSequences: .collapse)

    /// No C0/C1 control or bidi override may survive, whatever the input.
    func assertSafe(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let unsafe = (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            #expect(!unsafe, "U+\(String(v, radix: 16)) survived in \(text.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    @Test func plainTextIsUnchanged() {
        let text = "¿Puede volver a introducir la contraseña? 漢字 👍🏽"
        #expect(reveal.sanitize(text) == text)
    }

    @Test func rawEscapeIsVisible() {
        #expect(reveal.sanitize("a\u{1B}b") == "a␛b")
        #expect(collapse.sanitize("a\u{1B}") == "a␛")
    }

    @Test func clearScreenCSI() {
        let evil = "hola\u{1B}[2J\u{1B}[Hadiós"
        #expect(reveal.sanitize(evil) == "hola␛[2J␛[Hadiós")
        #expect(collapse.sanitize(evil) == "hola␛␛adiós")
        assertSafe(reveal.sanitize(evil))
    }

    @Test func osc52ClipboardWrite() {
        let bel = "x\u{1B}]52;c;cm0gLXJmIH4=\u{07}y"
        let st = "x\u{1B}]52;c;cm0gLXJmIH4=\u{1B}\\y"
        #expect(reveal.sanitize(bel) == "x␛]52;c;cm0gLXJmIH4=␇y")
        #expect(reveal.sanitize(st) == "x␛]52;c;cm0gLXJmIH4=␛\\y")
        #expect(collapse.sanitize(bel) == "x␛y")
        #expect(collapse.sanitize(st) == "x␛y")
        assertSafe(reveal.sanitize(bel))
    }

    @Test func dcsAndUnterminatedSequences() {
        #expect(collapse.sanitize("a\u{1B}Pq#0;2;0;0;0\u{1B}\\b") == "a␛b")
        // An unterminated OSC must not swallow the rest of the ticket.
        #expect(collapse.sanitize("a\u{1B}]0;title and the whole body") == "a␛]0;title and the whole body")
    }

    @Test func bidiOverridesAndIsolates() {
        let spoof = "invoice\u{202E}fdp.exe"
        #expect(reveal.sanitize(spoof) == "invoice<U+202E>fdp.exe")
        #expect(reveal.sanitize("\u{2066}x\u{2069}") == "<U+2066>x<U+2069>")
        assertSafe(reveal.sanitize(spoof))
    }

    @Test func c0C1AndDelete() {
        #expect(reveal.sanitize("a\u{07}b\u{00}c\u{7F}") == "a␇b␀c␡")
        #expect(reveal.sanitize("a\u{9B}2Jb") == "a\u{FFFD}2Jb")
        #expect(reveal.sanitize("a\u{85}b") == "a\u{FFFD}b")
        assertSafe(reveal.sanitize("\u{80}\u{9F}\u{9D}0;x\u{9C}"))
    }

    @Test func newlinesAndTabsFollowPolicy() {
        #expect(Sanitizer.singleLine.sanitize("a\nb\tc") == "a b c")
        #expect(Sanitizer().sanitize("a\nb\tc") == "a␊b c")
        #expect(Sanitizer.multiLine.sanitize("a\r\nb\rc") == "a\nb\nc")
        #expect(Sanitizer.multiLine.sanitize("ab\tc\n\td") == "ab  c\n    d")
        #expect(Sanitizer(newlines: .keep, tabs: .picture).sanitize("\t") == "␉")
        #expect(Sanitizer(newlines: .keep, tabs: .keep).sanitize("a\tb\u{2028}c") == "a\tb\nc")
    }

    @Test func screenBufferNeverStoresControls() {
        var buffer = ScreenBuffer(columns: 30, rows: 1)
        buffer.write("x\u{1B}[2Jy\u{202E}z", row: 0, column: 0)
        #expect(buffer.text == "x␛[2Jy<U+202E>z")
    }
}
