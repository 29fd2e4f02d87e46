import HelpDeskCore
import TerminalKit

/// Drawing of the knowledge base: the search field (or the review heading), a rule, the
/// results as two lines each (reference, title, language, status; then the snippet), and a
/// summary line. Article text is untrusted: titles and snippets are sanitised to one line and
/// matched words are styled only through the `highlight` role.
extension KnowledgeBaseScreen {
    static let statusWidth = 11

    public func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let l10n = context.l10n
        let left = area.column + 1
        let width = area.width - 2
        var row = area.row
        let filter = l10n(.kbLangLabel, languageName(context))
        buffer.write(filter, row: row, column: area.maxColumn - 1 - filter.displayWidth, role: .dim, maxWidth: filter.displayWidth)
        let fieldWidth = width - filter.displayWidth - 1
        switch mode {
        case .search:
            let label = l10n(.kbSearchLabel)
            let column = buffer.write(label, row: row, column: left, role: .label, maxWidth: fieldWidth)
            TextInputView.drawLine(query, in: Rect(row: row, column: column, width: max(1, left + fieldWidth - column), height: 1),
                                   buffer: &buffer, role: focus == .query ? .inputFocused : .input, focused: focus == .query)
        case .review:
            buffer.write(l10n(.kbReviewHint), row: row, column: left, role: .heading, maxWidth: fieldWidth, ellipsis: true)
        }
        row += 1
        buffer.horizontalLine(row: row, column: area.column, length: area.width)
        row += 1

        let listBottom = area.maxRow - 1
        for (offset, listing) in rows.dropFirst(top).prefix(visibleRows).enumerated() {
            let line = row + offset * 2
            guard line + 1 < listBottom else { break }
            let isCursor = top + offset == cursor
            drawRow(listing, row: line, left: left, width: width, cursor: isCursor, context: context, buffer: &buffer)
        }
        buffer.write(summary(context), in: Rect(row: listBottom, column: left, width: width, height: 1), role: .dim)
    }

    func summary(_ context: ScreenContext) -> String {
        let l10n = context.l10n
        switch mode {
        case .review:
            return rows.isEmpty ? l10n(.kbReviewEmpty) : count(l10n)
        case .search where query.isBlank:
            return l10n(.kbHint)
        case .search:
            return rows.isEmpty ? l10n(.kbNoResults, query.text.sanitized(.singleLine)) : count(l10n)
        }
    }

    /// `5 articles`, and `1 article` (not "1 articles").
    private func count(_ l10n: Localizer) -> String {
        rows.count == 1 ? l10n(.kbResultsOne) : l10n(.kbResults, "\(rows.count)")
    }

    private func drawRow(_ listing: ArticleListing, row: Int, left: Int, width: Int, cursor isCursor: Bool,
                         context: ScreenContext, buffer: inout ScreenBuffer) {
        let l10n = context.l10n
        let cursorRole: StyleRole = focus == .list ? .selected : .selectedInactive
        let base: StyleRole = isCursor ? cursorRole : .normal
        if isCursor { buffer.fill(Rect(row: row, column: left - 1, width: width + 2, height: 2), role: cursorRole) }
        // KB-12  Title…                                   es  published
        let status = TextFitting.pad(l10n.articleStatus(listing.status), toWidth: Self.statusWidth)
        let right = " \(listing.lang.rawValue)  \(status)"
        let reference = listing.reference.sanitized(.singleLine)
        var column = buffer.write((isCursor ? "▸ " : "  "), row: row, column: left, role: base)
        column = buffer.write(reference + "  ", row: row, column: column, role: isCursor ? base : .dim, maxWidth: 16)
        let titleWidth = left + width - right.displayWidth - column
        buffer.write(listing.title.sanitized(.singleLine), row: row, column: column, role: isCursor ? base : .strong,
                     maxWidth: titleWidth, ellipsis: true)
        buffer.write(right, row: row, column: left + width - right.displayWidth,
                     role: isCursor ? base : Self.role(for: listing.status), maxWidth: right.displayWidth)
        // The snippet: plain parts dim, matched words in the highlight role, cut to the width.
        guard let snippet = listing.snippet else { return }
        var col = left + 4
        let limit = left + width
        for part in snippet.parts where col < limit {
            let text = MarkdownText.plain(part.text.sanitized(.singleLine))
            let role: StyleRole = part.isMatch ? .highlight : (isCursor ? base : .dim)
            col = buffer.write(text, row: row + 1, column: col, role: role, maxWidth: limit - col, ellipsis: true)
        }
    }

    static func role(for status: ArticleStatus) -> StyleRole {
        switch status {
        case .published: .ok
        case .review: .atRisk
        case .draft: .dim
        case .retired: .resolved
        }
    }
}
