import Testing
import TerminalKit
@testable import HelpDeskUI

/// The reader's Markdown subset, line by line.
@Suite("Markdown text")
struct MarkdownTextTests {
    func texts(_ lines: [StyledLine]) -> [String] { lines.map { $0.segments.map(\.text).joined() } }

    @Test("headings, lists, quotes and code blocks")
    func blocks() {
        let lines = MarkdownText.lines("# Title\n\nSome *em* and **bold** `code`.\n\n- one\n2. two\n> quoted\n\n```\n  let x = 1\n```", width: 40)
        #expect(texts(lines) == ["Title", "─────", "", "Some em and bold code.", "", "• one", "2. two", "│ quoted", "", "    let x = 1"])
        #expect(lines[0].segments.first?.role == .heading)
        let roles = lines[3].segments.map(\.role)
        #expect(roles.contains(.emphasis) && roles.contains(.strong) && roles.contains(.code))
        #expect(lines.last?.segments.first?.role == .code)
    }

    @Test("paragraphs wrap to the width with hanging indents for list items")
    func wrapping() {
        let lines = MarkdownText.lines("- alpha beta gamma delta epsilon zeta", width: 16)
        #expect(texts(lines) == ["• alpha beta", "  gamma delta", "  epsilon zeta"])
        for line in MarkdownText.lines(String(repeating: "x", count: 50) + " end", width: 20) {
            #expect(texts([line])[0].displayWidth <= 20)
        }
    }

    @Test("unclosed markers stay text; control characters never survive")
    func hostile() {
        let lines = MarkdownText.lines("2 * 3 = 6 and \u{1b}[2J **bold", width: 60)
        #expect(texts(lines) == ["2 * 3 = 6 and ␛[2J **bold"])
    }

    @Test("snippets lose Markdown punctuation but keep the words")
    func plain() {
        #expect(MarkdownText.plain("…the **password**: ok. ## Steps 1. Open `dsa.msc` #42") == "…the password: ok. Steps 1. Open dsa.msc #42")
    }

    @Test("the editor text round-trips title and body")
    func editText() {
        let text = ArticleEditText.compose(title: "T", body: "line\n\n- item\n")
        #expect(text == "# T\n\nline\n\n- item\n")
        let parsed = ArticleEditText.parse(text)
        #expect(parsed?.title == "T")
        #expect(parsed?.body == "line\n\n- item")
        #expect(ArticleEditText.parse("no heading\nbody") == nil)
    }
}
