import Testing
@testable import TerminalKit

@Suite("Display width")
struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("ñ", 1), ("e\u{0301}", 1), ("n\u{0303}", 1),
        ("漢", 2), ("字", 2), ("한", 2), ("Ａ", 2),
        ("😀", 2), ("👍🏽", 2), ("❤️", 2), ("☺️", 2), ("1️⃣", 2), ("🇪🇸", 2),
        ("👨‍👩‍👧‍👦", 2), ("🧑‍💻", 2), ("\u{0301}", 0), ("\u{200B}", 0), ("☺", 1),
        ("⚠", 1), ("⚠️", 2), ("¿", 1), ("¡", 1), ("…", 1), ("─", 1), ("▲", 1), ("↩", 1), ("●", 1), ("✓", 1),
        ("ｶ", 1), ("가", 2), ("🏳️‍🌈", 2),
    ] as [(String, Int)])
    func characterWidths(text: String, width: Int) {
        #expect(text.count <= 1)
        #expect(text.displayWidth == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func stringWidths() {
        #expect("Contraseña".displayWidth == 10)
        #expect("漢字".displayWidth == 4)
        #expect("año 漢字 👨‍👩‍👧".displayWidth == 3 + 1 + 4 + 1 + 2)
        #expect("".displayWidth == 0)
    }

    @Test func truncationUsesColumnsAndEllipsis() {
        #expect("Servidor de correo caído".truncated(toWidth: 10) == "Servidor …")
        #expect("short".truncated(toWidth: 10) == "short")
        #expect("exactly10!".truncated(toWidth: 10) == "exactly10!")
        // A wide character that would straddle the limit is dropped, not split.
        #expect("漢字漢字".truncated(toWidth: 4) == "漢…")
        #expect("漢字漢字".truncated(toWidth: 5) == "漢字…")
        #expect("abc".truncated(toWidth: 0) == "")
        #expect("abc".truncated(toWidth: 1) == "…")
        #expect("👨‍👩‍👧‍👦👨‍👩‍👧‍👦".truncated(toWidth: 3) == "👨‍👩‍👧‍👦…")
    }

    @Test func paddingAndFitting() {
        #expect("ñ".fitted(toWidth: 3) == "ñ  ")
        #expect("漢".fitted(toWidth: 3, alignment: .right) == " 漢")
        #expect("ab".fitted(toWidth: 6, alignment: .center) == "  ab  ")
        #expect("abcdef".fitted(toWidth: 4) == "abc…")
        #expect("漢字".fitted(toWidth: 3) == "漢…")
        #expect("漢字x".fitted(toWidth: 4).displayWidth == 4)
    }

    @Test func wrapping() {
        #expect(TextFitting.wrap("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(TextFitting.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextFitting.wrap("a\n\nb", width: 4) == ["a", "", "b"])
        #expect(TextFitting.wrap("漢字", width: 1) == ["漢", "字"])
    }
}
