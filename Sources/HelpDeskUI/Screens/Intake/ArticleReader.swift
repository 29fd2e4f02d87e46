import HelpDeskCore
import TerminalKit

/// An article open from the intake's suggestions: its body wrapped to the screen, scrollable.
/// The body is untrusted Markdown, rendered (and sanitised) by ``MarkdownText`` as in the
/// knowledge base's reader: shown raw, `*Administrador de credenciales*` kept its asterisks
/// here and lost them there.
public struct ArticleReader: Sendable {
    public let article: Article
    public let suggestion: ArticleSuggestion
    public private(set) var scroll = 0

    mutating func scrollBy(_ key: Key) {
        switch key {
        case .down, .character("j"): scroll += 1
        case .up, .character("k"): scroll = max(0, scroll - 1)
        case .pageDown, .character(" "): scroll += 10
        case .pageUp: scroll = max(0, scroll - 10)
        case .home, .character("g"): scroll = 0
        default: break
        }
    }

    func render(into buffer: inout ScreenBuffer, area: Rect, l10n: Localizer) {
        buffer.fill(area, role: .overlay)
        let title = l10n(.readerTitle, suggestion.reference, article.title, article.lang.rawValue)
        buffer.box(area, role: .borderFocused, title: title.sanitized(.singleLine), titleRole: .heading)
        let inner = area.inset(by: 1)
        let body = Rect(row: inner.row, column: inner.column + 1, width: inner.width - 2, height: inner.height - 1)
        let lines = MarkdownText.lines(article.body, width: body.width)
        let top = min(scroll, max(0, lines.count - body.height))
        for (offset, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
            line.draw(into: &buffer, row: body.row + offset, column: body.column, width: body.width)
        }
        buffer.write(l10n(.readerHint), in: inner.row(inner.height - 1).inset(left: 1), role: .dim)
    }
}
