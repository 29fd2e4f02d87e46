import Testing
@testable import TerminalKit

@Suite("Styled lines and text input")
struct StyledTextTests {
    @Test func spansAreWrittenInTheirRoles() {
        var buffer = ScreenBuffer(columns: 30, rows: 1)
        let line: StyledLine = [StyledSpan("P2", .p2), StyledSpan(" 1043 "), StyledSpan("!0:35", .atRisk)]
        let end = buffer.write(line, row: 0, column: 1)
        #expect(end == 14)
        #expect(buffer.styledLines() == ["[normal] [p2]P2[normal] 1043 [atRisk]!0:35"])
    }

    @Test func longLinesEndInAnEllipsisInTheCutSpansRole() {
        var buffer = ScreenBuffer(columns: 30, rows: 2)
        let line: StyledLine = [StyledSpan("P1 ", .p1), StyledSpan("Servidor de correo caído", .normal)]
        buffer.write(line, row: 0, column: 0, maxWidth: 12, ellipsis: true)
        #expect(buffer.textLines()[0] == "P1 Servidor…")
        #expect(buffer.styledLines()[0] == "[p1]P1 [normal]Servidor…")
        let exact: StyledLine = [StyledSpan("abc", .p1), StyledSpan("def", .p2)]
        buffer.write(exact, row: 1, column: 0, maxWidth: 4, ellipsis: true)
        #expect(buffer.styledLines()[1] == "[p1]abc[p2]…")
    }

    @Test func searchMatchesAreHighlighted() {
        let line = StyledLine.highlighting("Reset a domain PASSWORD (password)", terms: ["password", ""])
        #expect(line.spans == [
            StyledSpan("Reset a domain "), StyledSpan("PASSWORD", .highlight), StyledSpan(" ("),
            StyledSpan("password", .highlight), StyledSpan(")"),
        ])
        #expect(StyledLine.highlighting("abc", terms: []).spans == [StyledSpan("abc")])
    }

    @Test func textInputEditsGraphemes() throws {
        var input = TextInput("contrasena")
        input.handle(.left)
        input.handle(.backspace)
        input.handle(.character("ñ"))
        #expect(input.text == "contraseña")
        input.handle(.home)
        input.handle(.character("¿"))
        input.handle(.end)
        input.handle(.character("?"))
        #expect(input.text == "¿contraseña?")
        input.handle(.ctrl("w"))
        #expect(input.text == "")
        input.setText("vpn 漢字 👨‍👩‍👧")
        input.handle(.backspace)
        #expect(input.text == "vpn 漢字 ")
        #expect(input.handle(.enter) == false)
        input.handle(.character("\u{1B}"))  // a control character never enters the text
        #expect(input.text == "vpn 漢字 ")
    }

    @Test func textInputScrollsByColumns() {
        var input = TextInput("0123456789漢字")
        let view = input.visible(width: 8)
        #expect(view.text.displayWidth <= 8)
        #expect(view.text.hasSuffix("漢字"))
        #expect(view.cursorColumn == 7)
        input.handle(.home)
        let start = input.visible(width: 8)
        #expect(start.text == "01234567")
        #expect(start.cursorColumn == 0)
    }
}
