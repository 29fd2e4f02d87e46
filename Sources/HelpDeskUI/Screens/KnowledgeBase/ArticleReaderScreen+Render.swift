import HelpDeskCore
import TerminalKit

/// Drawing of the reader: title, a byline (language, status, version, author, last change),
/// the feedback counters with the "was this helpful?" prompt, the linked tickets, a rule, then
/// the rendered body.
extension ArticleReaderScreen {
    public func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        guard let article else { return }
        let l10n = context.l10n
        let left = area.column + 1
        let width = area.width - 2
        var row = area.row
        let ref = reference.sanitized(.singleLine)
        let column = buffer.write(ref + "  ", row: row, column: left, role: .dim, maxWidth: width)
        buffer.write(article.title.sanitized(.singleLine), row: row, column: column, role: .heading,
                     attributes: .bold, maxWidth: left + width - column, ellipsis: true)
        row += 1
        let byline = l10n(.kbByline, article.lang.rawValue, l10n.articleStatus(article.status), "\(article.version)",
                          article.author, l10n.shortDateTime(article.updatedAt, now: context.now))
        buffer.write(byline.sanitized(.singleLine), row: row, column: left, role: .dim, maxWidth: width, ellipsis: true)
        row += 1
        let counts = l10n(.kbFeedback, "\(usage.helpful)", "\(usage.notHelpful)", "\(usage.useCount)")
        let prompt = rated ? "" : l10n(.kbRatePrompt)
        buffer.write(counts, row: row, column: left, role: .info, maxWidth: width)
        if !prompt.isEmpty, counts.displayWidth + prompt.displayWidth + 2 <= width {
            buffer.write(prompt, row: row, column: left + width - prompt.displayWidth, role: .label)
        }
        row += 1
        linksLine(l10n, width: width).draw(into: &buffer, row: row, column: left, width: width)
        row += 1
        buffer.horizontalLine(row: row, column: area.column, length: area.width)
        let separator = row
        row += 1

        let lines = bodyLines
        let height = max(0, area.maxRow - row)
        let first = min(scroll, max(0, lines.count - height))
        for (offset, line) in lines.dropFirst(first).prefix(height).enumerated() {
            line.draw(into: &buffer, row: row + offset, column: left, width: width)
        }
        let below = lines.count - first - height
        if below > 0 {
            let text = " " + l10n(.moreBelow, "\(below)") + " "
            buffer.write(text, row: separator, column: area.maxColumn - text.displayWidth - 1, role: .dim)
        }
    }

    /// `tickets: #12 used · #15 suggested · #9 drafted from · …`, newest first: whole links
    /// only, then `…` when more did not fit (cut at the edge, `#2577` read as a ticket `#257`).
    func linksLine(_ l10n: Localizer, width: Int) -> StyledLine {
        guard !usage.links.isEmpty else { return StyledLine(l10n(.kbNoLinks), role: .dim) }
        var segments: [(String, StyleRole)] = [(l10n(.kbLinkedTickets) + " ", .label)]
        let more = " · …"
        for (index, link) in usage.links.enumerated() {
            let item: [(String, StyleRole)] = (index > 0 ? [(" · ", .dim)] : [])
                + [("#\(link.ticketID)", .link), (" " + l10n.linkKind(link.kind), .dim)]
            let isLast = index == usage.links.count - 1
            if index > 0, StyledLine(segments + item).usedWidth + (isLast ? 0 : more.displayWidth) > width {
                segments.append((more, .dim))
                break
            }
            segments += item
        }
        return StyledLine(segments)
    }
}

extension Localizer {
    public func linkKind(_ kind: ArticleLinkKind) -> String {
        switch kind {
        case .used: self(.linkUsed)
        case .suggested: self(.linkSuggested)
        case .draftedFrom: self(.linkDrafted)
        }
    }
}
