import Testing
@testable import TerminalKit

@Suite("Key labels")
struct KeyLabelTests {
    @Test(arguments: [
        ("j", Key.character("j")), ("G", .character("G")), ("?", .character("?")), ("ñ", .character("ñ")),
        ("<ctrl+e>", .ctrl("e")), ("<C-S>", .ctrl("s")), ("<ctrl-x>", .ctrl("x")), ("<enter>", .enter),
        ("<Return>", .enter), ("<esc>", .escape), ("<f5>", .function(5)), ("<F12>", .function(12)),
        ("<up>", .up), ("<space>", .space), ("<tab>", .tab), ("<s-tab>", .backTab), ("<backtab>", .backTab),
        ("<shift+tab>", .backTab), ("<pgdn>", .pageDown), ("<PageUp>", .pageUp), ("<lt>", .character("<")),
        ("<", .character("<")), ("<ctrl+i>", .tab), ("<ctrl+m>", .enter), ("<ctrl+h>", .backspace), ("<ctrl+[>", .escape), ("<del>", .delete),
    ])
    func parses(label: String, key: Key) throws {
        #expect(try Key(label: label) == key)
    }

    @Test(arguments: [
        Key.character("j"), .character("G"), .character(" "), .character("<"), .character(">"), .character("ñ"),
        .ctrl("e"), .enter, .escape, .tab, .backTab, .backspace, .delete, .insert, .up, .down, .left, .right,
        .home, .end, .pageUp, .pageDown, .function(1), .function(12), .resize,
    ])
    func roundTrips(key: Key) throws {
        #expect(try Key(label: key.label) == key)
    }

    @Test func canonicalLabels() {
        #expect(Key.ctrl("s").label == "<ctrl+s>")
        #expect(Key.backTab.label == "<s-tab>")
        #expect(Key.pageDown.label == "<pgdn>")
        #expect(Key.space.label == "<space>")
        #expect(Key.ctrl("s").displayName == "Ctrl-S")
        #expect(Key.backTab.displayName == "Shift-Tab")
    }

    @Test(arguments: [
        ("", KeyLabelError.empty), ("<ctrl+e", .unterminated("<ctrl+e")), ("<foo>", .unknownName("<foo>")),
        ("jk", .notOneKey("jk")), ("<ctrl+1>", .badControl("<ctrl+1>")), ("<ctrl+ab>", .badControl("<ctrl+ab>")),
        ("<f13>", .functionOutOfRange("<f13>")), ("<f0>", .functionOutOfRange("<f0>")), ("\u{1B}", .unknownName("\u{1B}")),
    ])
    func rejects(label: String, error: KeyLabelError) {
        #expect(throws: error) { try Key(label: label) }
    }

    @Test func errorMessagesAreHuman() {
        #expect(KeyLabelError.unknownName("<foo>").description.contains("<ctrl+e>"))
        #expect(KeyLabelError.unterminated("<up").description.contains("closing"))
    }

    @Test func sequences() throws {
        #expect(try Key.parseSequence("j j <enter> G") == [.character("j"), .character("j"), .enter, .character("G")])
    }

    @Test func rawCodes() {
        #expect(Key(codePoint: 0x13) == .ctrl("s"))
        #expect(Key(codePoint: 0x7F) == .backspace)
        #expect(Key(codePoint: 0x0D) == .enter)
        #expect(Key(codePoint: 0x1B) == .escape)
        #expect(Key(codePoint: 0xF1) == .character("ñ"))
    }
}
