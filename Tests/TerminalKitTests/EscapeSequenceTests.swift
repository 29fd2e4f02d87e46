import Testing
@testable import TerminalKit

/// Sequences a terminal may send for keys its terminfo entry does not list (vt100's PgUp, tmux's
/// Home under TERM=xterm): each must become one key, never Esc plus text.
@Suite("Escape sequences")
struct EscapeSequenceTests {
    @Test(arguments: [
        ("[5~", Key.pageUp), ("[6~", .pageDown), ("[1~", .home), ("[4~", .end), ("[7~", .home), ("[8~", .end),
        ("[2~", .insert), ("[3~", .delete), ("[H", .home), ("[F", .end), ("OH", .home), ("OF", .end),
        ("[A", .up), ("OB", .down), ("[1;5C", .right), ("[1;2D", .left), ("[Z", .backTab),
        ("OP", .function(1)), ("OS", .function(4)), ("[15~", .function(5)), ("[24~", .function(12)), ("[5;5~", .pageUp),
        ("OM", .enter),
    ])
    func decodes(body: String, key: Key) {
        #expect(EscapeSequence.key(for: body) == key)
    }

    @Test(arguments: ["[99~", "[2;3x", "[", "O", "Ox", "[3;1H", "x"])
    func unknownIsIgnoredNotTyped(body: String) {
        #expect(EscapeSequence.key(for: body) == .unknown(0x1B))
    }

    @Test func sequencesEndAtTheFinalByte() {
        #expect(EscapeSequence.isIntroducer("["))
        #expect(EscapeSequence.isIntroducer("O"))
        #expect(!EscapeSequence.isIntroducer("j"))
        #expect(!EscapeSequence.isComplete(["["], adding: "5"))
        #expect(!EscapeSequence.isComplete(["[", "1"], adding: ";"))
        #expect(EscapeSequence.isComplete(["[", "5"], adding: "~"))
        #expect(EscapeSequence.isComplete(["["], adding: "A"))
        #expect(EscapeSequence.isComplete(["O"], adding: "H"))
    }
}
