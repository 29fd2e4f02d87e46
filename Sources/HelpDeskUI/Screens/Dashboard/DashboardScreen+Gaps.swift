import Foundation
import HelpDeskCore
import TerminalKit

/// The KB-gaps tile (issue #6, UX.md's last dashboard line): how many searches found nothing
/// and how many escalated categories have no published article in the period, with the top
/// queries and categories. Two lines at 80 columns; from ``wideWidth`` a heading and two
/// columns of five. Queries and categories are typed by people: sanitised to one line and
/// measured in display cells before they are fitted.
extension DashboardScreen {
    /// Rows the tile takes at the bottom of the body.
    static func gapRows(wide: Bool) -> Int { wide ? 7 : 2 }
    /// Items listed per column in the wide layout.
    static let gapItems = 5

    func drawGaps(_ gaps: KBGapReport, into buffer: inout ScreenBuffer, rect: Rect, wide: Bool, context: ScreenContext) {
        guard rect.height > 0, rect.width > 0 else { return }
        let l10n = context.l10n
        let title = l10n(.dashKBGaps)
        var column = buffer.write(title, row: rect.row, column: rect.column, role: tile == .kbGaps ? .selected : .section)
        column += 2
        let isEmpty = gaps.gapSearches == 0 && gaps.uncoveredCategories.isEmpty
        let summary = isEmpty ? l10n(.dashGapNone)
            : l10n(.dashGapCounts, "\(gaps.gapSearches)", "\(gaps.uncoveredCategories.count)")
        buffer.write(summary, row: rect.row, column: column, role: isEmpty ? .dim : .warning,
                     maxWidth: rect.maxColumn - column, ellipsis: true)
        guard !isEmpty, rect.height > 1 else { return }
        if wide {
            drawGapColumns(gaps, into: &buffer, rect: rect.inset(top: 1), l10n: l10n)
        } else {
            Self.gapItemsLine(gaps, width: rect.width).draw(into: &buffer, row: rect.row + 1, column: rect.column, width: rect.width)
        }
    }

    /// `"firma digital" 9  "vpn token" 3  ▲ printing 6  ▲ hardware 2`: whole items only, as
    /// many as fit in `width` (a query cut after its first letters, without its count, reads
    /// as a different query).
    static func gapItemsLine(_ gaps: KBGapReport, width: Int) -> StyledLine {
        var items: [[(String, StyleRole)]] = []
        for gap in gaps.searches.prefix(3) {
            items.append([("“" + TextFitting.truncate(gap.query.sanitized(.singleLine), toWidth: 24) + "” ", .normal),
                          ("\(gap.count)  ", .strong)])
        }
        for category in gaps.uncoveredCategories.prefix(3) {
            items.append([("▲ " + TextFitting.truncate(category.category.sanitized(.singleLine), toWidth: 16) + " ", .escalated),
                          ("\(category.escalatedTickets)  ", .strong)])
        }
        var segments: [(String, StyleRole)] = []
        for item in items {
            let candidate = StyledLine(segments + item)
            if candidate.usedWidth > width, !segments.isEmpty { break }
            segments += item
        }
        return StyledLine(segments)
    }

    private func drawGapColumns(_ gaps: KBGapReport, into buffer: inout ScreenBuffer, rect: Rect, l10n: Localizer) {
        let half = rect.width / 2
        let left = Rect(row: rect.row, column: rect.column, width: half - 2, height: rect.height)
        let right = Rect(row: rect.row, column: rect.column + half, width: rect.width - half, height: rect.height)
        buffer.write(l10n(.dashGapSearches), in: left.row(0), role: .dim)
        buffer.write(l10n(.dashGapCategories), in: right.row(0), role: .dim)
        let countWidth = max(3, "\(gaps.searches.map(\.count).max() ?? 0)".displayWidth)
        for (index, gap) in gaps.searches.prefix(min(Self.gapItems, rect.height - 1)).enumerated() {
            let lang = gap.lang.map { "  " + $0.rawValue } ?? ""
            StyledLine([(TextFitting.pad("\(gap.count)", toWidth: countWidth, alignment: .right) + "  ", .strong),
                        ("“" + gap.query + "”", .normal), (lang, .dim)])
                .draw(into: &buffer, row: left.row + 1 + index, column: left.column, width: left.width)
        }
        let escalatedWidth = max(3, "\(gaps.uncoveredCategories.map(\.escalatedTickets).max() ?? 0)".displayWidth)
        for (index, category) in gaps.uncoveredCategories.prefix(min(Self.gapItems, rect.height - 1)).enumerated() {
            StyledLine([("▲" + TextFitting.pad("\(category.escalatedTickets)", toWidth: escalatedWidth, alignment: .right) + "  ", .escalated),
                        (category.category, .normal)])
                .draw(into: &buffer, row: right.row + 1 + index, column: right.column, width: right.width)
        }
    }
}
