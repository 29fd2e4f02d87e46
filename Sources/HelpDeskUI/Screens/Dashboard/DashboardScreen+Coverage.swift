import Foundation
import HelpDeskCore
import TerminalKit

/// The "coverage now" panel: who is on shift per tier and which tier/area cells have open work
/// with nobody on shift, drawn in the breach role. Two lines from 80x24:
///
///     COVERAGE NOW  on shift  L1 1  L2 3  L3 0  · 2 uncovered
///     ✗ L2 printing 1 open 1 breached  ✗ L3 security 1 open  L2 network 1 open · 2 on shift
///
/// On smaller terminals one line: `COVERAGE NOW  2 uncovered — L2 printing, L3 security`.
/// Areas are typed by people: sanitised to one line and shortened before they are fitted.
extension DashboardScreen {
    /// Rows the panel takes (without the blank line after it); 0 without a snapshot.
    static func coverageRows(_ coverage: CoverageSnapshot?, inner: Rect) -> Int {
        guard coverage != nil else { return 0 }
        return inner.width >= 78 && inner.height >= 20 ? 2 : 1
    }

    func drawCoverage(_ coverage: CoverageSnapshot, into buffer: inout ScreenBuffer, rect: Rect, l10n: Localizer) {
        guard rect.height > 0, rect.width > 0 else { return }
        let gaps = coverage.gaps
        if rect.height == 1 {
            Self.coverageSummaryLine(coverage, l10n).draw(into: &buffer, row: rect.row, column: rect.column, width: rect.width)
            return
        }
        var header: [(String, StyleRole)] = [(l10n(.dashCoverage) + "  ", .section), (l10n(.dashCoverageOnShift) + "  ", .dim)]
        for tier in CoverageBuilder.tiers {
            header.append((tier.label + " ", .dim))
            header.append(("\(coverage.onShift(tier))  ", .normal))
        }
        header.append(("· ", .dim))
        header.append(gaps.isEmpty ? (l10n(.dashCoverageCovered), .dim) : (l10n(.dashCoverageGaps, "\(gaps.count)"), .breached))
        StyledLine(header).draw(into: &buffer, row: rect.row, column: rect.column, width: rect.width)
        Self.coverageCellsLine(coverage, width: rect.width, l10n).draw(into: &buffer, row: rect.row + 1, column: rect.column, width: rect.width)
    }

    /// The cells with open work, uncovered first: whole items only, as many as fit.
    static func coverageCellsLine(_ coverage: CoverageSnapshot, width: Int, _ l10n: Localizer) -> StyledLine {
        let gaps = coverage.gaps
        let covered = coverage.cells.filter { $0.open > 0 && !$0.uncovered }
        guard !gaps.isEmpty || !covered.isEmpty else { return StyledLine(l10n(.dashCoverageNoWork), role: .dim) }
        var items: [[(String, StyleRole)]] = []
        for cell in gaps {
            var item: [(String, StyleRole)] = [("✗ " + label(cell, l10n) + " " + l10n(.dashCoverageOpen, "\(cell.open)"), .breached)]
            if cell.breached > 0 { item.append((" " + l10n(.dashCoverageBreached, "\(cell.breached)"), .breached)) }
            item.append(("  ", .normal))
            items.append(item)
        }
        for cell in covered {
            items.append([(label(cell, l10n) + " ", .normal), (l10n(.dashCoverageOpen, "\(cell.open)"), .strong),
                          (" · " + l10n(.dashCoverageStaffed, "\(cell.onShift)") + "  ", .dim)])
        }
        var segments: [(String, StyleRole)] = []
        for item in items {
            if StyledLine(segments + item).usedWidth > width, !segments.isEmpty { break }
            segments += item
        }
        return StyledLine(segments)
    }

    /// One line: the uncovered cells by name, or the on-shift count per tier when none is.
    static func coverageSummaryLine(_ coverage: CoverageSnapshot, _ l10n: Localizer) -> StyledLine {
        let gaps = coverage.gaps
        var segments: [(String, StyleRole)] = [(l10n(.dashCoverage) + "  ", .section)]
        if gaps.isEmpty {
            segments.append((l10n(.dashCoverageCovered) + " · " + l10n(.dashCoverageOnShift) + " ", .dim))
            segments.append((CoverageBuilder.tiers.map { "\($0.label) \(coverage.onShift($0))" }.joined(separator: "  "), .normal))
        } else {
            segments.append((l10n(.dashCoverageGaps, "\(gaps.count)") + " — " + gaps.map { label($0, l10n) }.joined(separator: ", "), .breached))
        }
        return StyledLine(segments)
    }

    static func label(_ cell: CoverageCell, _ l10n: Localizer) -> String {
        var shown = cell
        shown.area = cell.area.map { TextFitting.truncate($0.sanitized(.singleLine), toWidth: 16) }
        return shown.label(anyArea: l10n(.dashCoverageAnyArea))
    }
}
