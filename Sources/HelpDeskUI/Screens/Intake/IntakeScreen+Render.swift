import HelpDeskCore
import TerminalKit

/// Drawing of the intake form (UX.md sketch): labelled fields, the live priority, and the
/// suggestions pane below; the article reader covers the body while open.
extension IntakeScreen {
    static let labelWidth = 12

    public func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let l10n = context.l10n
        let left = area.column + 1
        let width = area.width - 2
        let fieldColumn = left + Self.labelWidth
        var row = area.row

        label(l10n(.intakeRequester), row: row, left: left, required: true, buffer: &buffer)
        let requesterWidth = min(40, width - Self.labelWidth)
        field(requester, .requester, Rect(row: row, column: fieldColumn, width: requesterWidth, height: 1), buffer: &buffer)
        buffer.write(requesterNote(l10n), row: row, column: fieldColumn + requesterWidth + 2, role: .dim,
                     maxWidth: max(0, left + width - fieldColumn - requesterWidth - 2), ellipsis: true)
        row = errorLine(.requester, row: row + 1, column: fieldColumn, width: width - Self.labelWidth, buffer: &buffer)

        label(l10n(.intakeKind), row: row, left: left, buffer: &buffer)
        var column = fieldColumn
        for option in TicketKind.allCases {
            let chosen = option == kind
            let role: StyleRole = chosen ? (focus == .kind ? .buttonFocused : .button) : .normal
            column = buffer.write((chosen ? "(•) " : "( ) ") + l10n.kind(option), row: row, column: column, role: role) + 2
        }
        row += 1

        label(l10n(.intakeSubject), row: row, left: left, required: true, buffer: &buffer)
        field(subject, .subject, Rect(row: row, column: fieldColumn, width: width - Self.labelWidth, height: 1), buffer: &buffer)
        row = errorLine(.subject, row: row + 1, column: fieldColumn, width: width - Self.labelWidth, buffer: &buffer)

        label(l10n(.intakeDetails), row: row, left: left, buffer: &buffer)
        let box = Rect(row: row, column: fieldColumn, width: width - Self.labelWidth, height: 4)
        buffer.box(box, role: focus == .details ? .borderFocused : .border)
        TextInputView.drawArea(details, in: box.inset(by: 1), buffer: &buffer, role: focus == .details ? .inputFocused : .input, focused: focus == .details)
        row += 4

        drawLevels(row: row, left: left, fieldColumn: fieldColumn, width: width, l10n: l10n, buffer: &buffer)
        row = errorLine(.area, row: row + 1, column: fieldColumn, width: width - Self.labelWidth, buffer: &buffer)
        drawSuggestions(in: Rect(row: row + 1, column: area.column, width: area.width, height: area.maxRow - row - 2), l10n: l10n, buffer: &buffer)
        let hint = confirmingCancel ? l10n(.formConfirmDiscard) : l10n(.intakeHint)
        buffer.write(hint, in: Rect(row: area.maxRow - 1, column: left, width: width, height: 1), role: confirmingCancel ? .warning : .dim)
        if let reader {
            reader.render(into: &buffer, area: area, l10n: l10n)
            buffer.cursor = nil
        }
    }

    /// `Area [network]  Impact ‹high›  Urgency ‹medium›  → P2`
    private func drawLevels(row: Int, left: Int, fieldColumn: Int, width: Int, l10n: Localizer, buffer: inout ScreenBuffer) {
        label(l10n(.intakeArea), row: row, left: left, buffer: &buffer)
        field(area, .area, Rect(row: row, column: fieldColumn, width: 14, height: 1), buffer: &buffer)
        var column = fieldColumn + 16
        for (which, title, value) in [(Field.impact, l10n(.intakeImpact), impact.rawValue), (.urgency, l10n(.intakeUrgency), urgency.rawValue)] {
            column = buffer.write(title + " ", row: row, column: column, role: .label)
            column = buffer.write("‹\(l10n.level(value))›", row: row, column: column, role: focus == which ? .buttonFocused : .button) + 2
        }
        buffer.write(l10n(.intakePriority, priority.rawValue), row: row, column: column, role: TicketQueueScreen.role(for: priority), attributes: .bold)
    }

    private func drawSuggestions(in rect: Rect, l10n: Localizer, buffer: inout ScreenBuffer) {
        guard rect.height > 1 else { return }
        buffer.horizontalLine(row: rect.row, column: rect.column, length: rect.width)
        buffer.write(" " + l10n(.intakeSuggestions) + " ", row: rect.row, column: rect.column + 2, role: .section)
        if suggestions.isEmpty {
            let empty = suggestionQuery.isEmpty ? l10n(.intakeSuggestionsNeedText) : l10n(.intakeNoSuggestions)
            buffer.write("  " + empty, in: rect.row(1), role: .dim)
            return
        }
        let list = rect.inset(top: 1, left: 1, right: 1)
        // Scores only compare within one list: shown relative to the best match (1.00).
        let best = suggestions.map(\.score).max() ?? 0
        let referenceWidth = min(14, suggestions.map { $0.reference.displayWidth }.max() ?? 8)
        for (index, article) in suggestions.prefix(max(0, list.height - 1)).enumerated() {
            let relative = best > 0 ? article.score / best : 0
            let score = article.lang.rawValue + " " + String(format: "%.2f", relative)
            let marker = index == suggestionCursor ? "▸ " : "  "
            let text = marker + TextFitting.fit(article.reference.sanitized(.singleLine), width: referenceWidth) + " " + article.title.sanitized(.singleLine)
            let rowRect = list.row(index)
            let selected = focus == .suggestions && index == suggestionCursor
            buffer.write(text, in: rowRect.inset(right: score.displayWidth + 1), role: selected ? .selected : .link)
            buffer.write(score, row: rowRect.row, column: rowRect.maxColumn - score.displayWidth, role: .dim)
        }
        let hintRow = min(suggestions.count, list.height - 1)
        buffer.write(l10n(.intakeSuggestionHint), in: list.row(hintRow), role: .dim)
    }

    /// `Contoso · plan: advanced` for a known requester, the completion while typing, or "new requester".
    func requesterNote(_ l10n: Localizer) -> String {
        let typed = requester.text.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return "" }
        guard let match = matches.first else { return l10n(.intakeNewRequester) }
        let org = match.organisation.map { "\($0.name) · \(l10n(.fieldPlan)): \(match.plan.rawValue)" } ?? "\(l10n(.fieldPlan)): \(match.plan.rawValue)"
        if match.requester.handle.lowercased() == typed.lowercased() { return org.sanitized(.singleLine) }
        return ("→ " + match.requester.handle + " · " + org).sanitized(.singleLine)
    }

    private func label(_ text: String, row: Int, left: Int, required: Bool = false, buffer: inout ScreenBuffer) {
        buffer.write(text + (required ? "*" : ""), in: Rect(row: row, column: left, width: Self.labelWidth, height: 1), role: required ? .required : .label)
    }

    private func field(_ input: TextInput, _ which: Field, _ rect: Rect, buffer: inout ScreenBuffer) {
        let focused = focus == which && reader == nil
        let role: StyleRole = focused ? .inputFocused : .input
        buffer.fill(rect, role: role)
        TextInputView.drawLine(input, in: rect, buffer: &buffer, role: role, focused: focused)
    }

    /// The field's error on its own line, if any; returns the next free row.
    private func errorLine(_ which: Field, row: Int, column: Int, width: Int, buffer: inout ScreenBuffer) -> Int {
        guard let error = errors[which] else { return row }
        buffer.write("⚠ " + error, in: Rect(row: row, column: column, width: width, height: 1), role: .error)
        return row + 1
    }
}
