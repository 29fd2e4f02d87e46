import Foundation
import Testing
import TerminalKit
@testable import CursesTerminal
import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// Drives real ncursesw headlessly (newterm on /dev/null with LINES/COLUMNS, as in
/// PLATFORM-NOTES). Curses is process-wide state, so these tests run one at a time.
@Suite("CursesTerminal (headless)", .serialized)
struct CursesTerminalSmokeTests {
    init() {
        // CI may run without LANG; the terminal reads the locale from the environment.
        setenv("LC_ALL", "C.UTF-8", 1)
        setenv("LINES", "10", 1)
        setenv("COLUMNS", "40", 1)
    }

    func open(columns: Int = 40, rows: Int = 10, term: String = "xterm-256color", theme: ResolvedTheme = .plain) throws -> CursesTerminal {
        setenv("LINES", String(rows), 1)
        setenv("COLUMNS", String(columns), 1)
        return try CursesTerminal(options: CursesOptions(
            terminalType: term, devices: .files(output: "/dev/null", input: "/dev/null"),
            signalHandling: .none, theme: theme
        ))
    }

    @Test func drawsTextAndReadsItBack() throws {
        let styled = ResolvedTheme(name: "t", styles: [
            .normal: .plain,
            .title: RoleStyle(foreground: .indexed(231), background: .indexed(24), attributes: .bold),
            .p1: RoleStyle(foreground: .indexed(196)),
        ])
        try withTerminal(CursesOptions(
            terminalType: "xterm-256color", devices: .files(output: "/dev/null", input: "/dev/null"),
            signalHandling: .none, theme: styled
        )) { terminal in
            #expect(terminal.colorDepth == .indexed256)
            #expect(terminal.isUTF8)
            #expect(terminal.size == TerminalSize(columns: 40, rows: 10))
            var frame = ScreenBuffer(size: terminal.size)
            frame.write(" helpdesk · L1 console", row: 0, column: 0, role: .title)
            frame.write("P1 Servidor de correo caído 漢字", row: 1, column: 0, role: .p1)
            frame.box(Rect(row: 2, column: 0, width: 10, height: 3))
            terminal.draw(frame)
            let lines = terminal.readBack()
            #expect(lines[0].hasPrefix(" helpdesk · L1 console"))
            #expect(lines[1].hasPrefix("P1 Servidor de correo caído 漢字"))
            #expect(lines[2].hasPrefix("┌────────┐"))
            let title = terminal.readBackStyle(row: 0, column: 1)
            #expect(title.pair == terminal.colorPair(for: .title))
            #expect(title.pair != 0)
            #expect(title.bold)
            #expect(terminal.colorPair(for: .normal) == 0)

            // Only the changed cell is flushed the second time.
            frame.write("2", row: 1, column: 1, role: .p1)
            terminal.draw(frame)
            #expect(terminal.lastFlushCount == 1)
            #expect(terminal.readBack()[1].hasPrefix("P2 Servidor"))
            #expect(terminal.readKey(timeout: .milliseconds(1)) == nil)
        }
    }

    @Test func vt100HasNoColourButSelectionIsReverse() throws {
        let terminal = try open(term: "vt100")
        defer { terminal.shutdown() }
        #expect(terminal.colorDepth == .monochrome)
        var frame = ScreenBuffer(size: terminal.size)
        frame.write("selected row", row: 3, column: 0, role: .selected)
        terminal.draw(frame)
        #expect(terminal.readBackStyle(row: 3, column: 0).reverse)
        #expect(terminal.readBackStyle(row: 3, column: 0).pair == 0)
    }

    @Test func unknownTerminalIsAnErrorNotAnExit() {
        #expect(throws: CursesTerminalError.unknownTerminal("no-such-terminal-xyz")) {
            _ = try open(term: "no-such-terminal-xyz")
        }
        // And curses can still be opened afterwards.
        #expect(throws: Never.self) { try open().shutdown() }
    }

    @Test func restoredWhenTheBodyThrows() throws {
        struct Boom: Error {}
        setenv("LINES", "10", 1)
        setenv("COLUMNS", "40", 1)
        #expect(throws: Boom.self) {
            try withTerminal(CursesOptions(terminalType: "xterm-256color", devices: .files(output: "/dev/null", input: "/dev/null"), signalHandling: .none)) { _ in
                throw Boom()
            }
        }
        #expect(CursesSignals.active.load(ordering: .sequentiallyConsistent) == 0)
        let again = try open()
        again.shutdown()
        again.shutdown()  // idempotent
    }

    @Test func keyCodesMapToKeys() {
        #expect(CursesKeyMapper.key(code: UInt32(KEY_UP), isFunctionKey: true) == .up)
        #expect(CursesKeyMapper.key(code: UInt32(KEY_BTAB), isFunctionKey: true) == .backTab)
        #expect(CursesKeyMapper.key(code: UInt32(KEY_RESIZE), isFunctionKey: true) == .resize)
        #expect(CursesKeyMapper.key(code: UInt32(KEY_NPAGE), isFunctionKey: true) == .pageDown)
        #expect(CursesKeyMapper.key(code: UInt32(KEY_F0 + 5), isFunctionKey: true) == .function(5))
        #expect(CursesKeyMapper.key(code: 0x13, isFunctionKey: false) == .ctrl("s"))
        #expect(CursesKeyMapper.key(code: 0xF1, isFunctionKey: false) == .character("ñ"))
        #expect(CursesKeyMapper.key(code: 0x1B, isFunctionKey: false) == .escape)
    }

    /// Keys missing from the terminfo entry reach curses as ESC and the rest of the sequence
    /// (found in tmux: PgUp under TERM=vt100 went back, opened the knowledge base with `5` and
    /// typed `~`). Read through real curses from a file holding what the terminal sent.
    @Test(arguments: ["vt100", "xterm-256color"])
    func unknownSequencesBecomeOneKey(term: String) throws {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("keys-\(UUID().uuidString)").path
        defer { unlink(input) }
        // PgUp, PgDn, Home (tmux's), End, Alt-x, a sequence no key has, a lone Esc, then j.
        try "\u{1B}[5~\u{1B}[6~\u{1B}[1~\u{1B}[4~\u{1B}x\u{1B}[99~\u{1B}j".write(toFile: input, atomically: true, encoding: .utf8)
        setenv("LINES", "10", 1)
        setenv("COLUMNS", "40", 1)
        try withTerminal(CursesOptions(terminalType: term, devices: .files(output: "/dev/null", input: input), signalHandling: .none)) { terminal in
            var keys: [Key] = []
            while let key = terminal.readKey(timeout: .milliseconds(200)) { keys.append(key) }
            #expect(keys == [.pageUp, .pageDown, .home, .end, .escape, .character("x"), .unknown(0x1B), .escape, .character("j")])
        }
    }

    @Test func glyphsKeepTheirWidth() {
        let encoder = GlyphEncoder(utf8: true)
        #expect(encoder.encode("é漢").count == 2)
        let ascii = GlyphEncoder(utf8: false)
        #expect(ascii.encode("┌─é漢").map { Character(Unicode.Scalar(UInt32($0))!) } == Array("+-?? "))
    }
}
