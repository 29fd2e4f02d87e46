import Testing
@testable import TerminalKit

@Suite("Styled spans")
struct StyledTextTests {
    @Test func spansAreWrittenInTheirRoles() {
        var buffer = ScreenBuffer(columns: 30, rows: 1)
        let spans = [StyledSpan("P2", .p2), StyledSpan(" 1043 "), StyledSpan("!0:35", .atRisk)]
        let end = buffer.write(spans: spans, row: 0, column: 1)
        #expect(end == 14)
        #expect(buffer.styledLines() == ["[normal] [p2]P2[normal] 1043 [atRisk]!0:35"])
    }

    @Test func longRowsEndInAnEllipsisInTheCutSpansRole() {
        var buffer = ScreenBuffer(columns: 30, rows: 2)
        buffer.write(spans: [StyledSpan("P1 ", .p1), StyledSpan("Servidor de correo caído")], row: 0, column: 0, maxWidth: 12, ellipsis: true)
        #expect(buffer.textLines()[0] == "P1 Servidor…")
        #expect(buffer.styledLines()[0] == "[p1]P1 [normal]Servidor…")
        buffer.write(spans: [StyledSpan("abc", .p1), StyledSpan("def", .p2)], row: 1, column: 0, maxWidth: 4, ellipsis: true)
        #expect(buffer.styledLines()[1] == "[p1]abc[p2]…")
    }

    @Test func searchMatchesAreHighlighted() {
        let spans = StyledSpan.highlighting("Reset a domain PASSWORD (password)", terms: ["password", ""])
        #expect(spans == [
            StyledSpan("Reset a domain "), StyledSpan("PASSWORD", .highlight), StyledSpan(" ("),
            StyledSpan("password", .highlight), StyledSpan(")"),
        ])
        #expect(StyledSpan.highlighting("abc", terms: []) == [StyledSpan("abc")])
    }
}
