import HelpDeskCore
import TerminalKit

/// Drawing of the wizard: the step indicator, the ticket it is about, the current step's page,
/// the problem (if any) next to it, and the step's keys on the last body row.
extension EscalationWizardScreen {
    public func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        guard let wizard, let ticket else { return }
        let l10n = context.l10n
        let left = area.column + 1
        let width = area.width - 2
        drawSteps(wizard, row: area.row, left: left, width: width, l10n: l10n, buffer: &buffer)
        let about = "#\(ticket.id) \(ticket.priority.rawValue) · \(l10n.tier(ticket.tier)) · " + ticket.subject.sanitized(.singleLine)
        buffer.write(about, in: Rect(row: area.row + 1, column: left, width: width, height: 1), role: .dim)
        buffer.horizontalLine(row: area.row + 2, column: area.column, length: area.width)

        let page = Rect(row: area.row + 3, column: left, width: width, height: max(0, area.height - 5))
        switch wizard.step {
        case .target: drawTarget(wizard, in: page, l10n: l10n, buffer: &buffer)
        case .area: drawArea(wizard, in: page, l10n: l10n, buffer: &buffer)
        case .reason:
            buffer.write(l10n(.wizardReasonPrompt), in: page.row(0), role: .label)
            drawField(reason, in: page.row(2), focused: true, buffer: &buffer)
        case .tried: drawTried(wizard, in: page, context: context, buffer: &buffer)
        case .confirm: drawConfirm(wizard, in: page, context: context, buffer: &buffer)
        }

        let footer = Rect(row: area.maxRow - 2, column: left, width: width, height: 1)
        if let problem = wizard.problem {
            buffer.write("⚠ " + WizardText.problem(problem, l10n: l10n), in: footer, role: .error)
        }
        // Each step names the keys it really has: the area step goes back with Esc and has no
        // Tab field (typing goes to "other area"); the confirm step's note takes typing directly.
        let keys: TierString = switch wizard.step {
        case .target: .wizardKeysChoose
        case .area: .wizardKeysArea
        case .reason: .wizardKeysText
        case .tried: .wizardKeysTried
        case .confirm: .wizardKeysConfirm
        }
        let hint = confirmingCancel ? l10n(.wizardDiscard) : l10n(keys)
        buffer.write(hint, in: Rect(row: footer.row + 1, column: left, width: width, height: 1), role: confirmingCancel ? .warning : .dim)
    }

    /// `1 Target ✓ L2  2 Area ✓ network  3 Reason  4 What was tried  5 Confirm`
    private func drawSteps(_ wizard: EscalationWizard, row: Int, left: Int, width: Int, l10n: Localizer, buffer: inout ScreenBuffer) {
        var column = left
        let limit = left + width
        for step in EscalationWizard.Step.allCases {
            var text = "\(step.rawValue + 1) \(WizardText.stepTitle(step, l10n: l10n))"
            let done = wizard.completed.contains(step) && step != wizard.step
            if done {
                text += " ✓"
                if step == .target { text += " " + WizardText.target(wizard.target, l10n: l10n) }
                if step == .area, !wizard.area.isEmpty { text += " " + wizard.area.sanitized(.singleLine) }
            }
            let role: StyleRole = step == wizard.step ? .stepCurrent : (done ? .stepDone : .stepPending)
            column = buffer.write(text, row: row, column: column, role: role, maxWidth: limit - column, ellipsis: true)
            column = buffer.write("  ", row: row, column: column, maxWidth: max(0, limit - column))
        }
    }

    private func drawTarget(_ wizard: EscalationWizard, in page: Rect, l10n: Localizer, buffer: inout ScreenBuffer) {
        buffer.write(l10n(.wizardTargetPrompt, "\(ticketID)", l10n.tier(wizard.fromTier)), in: page.row(0), role: .label)
        for (index, option) in wizard.targets.enumerated() {
            let chosen = index == wizard.targetIndex
            let line = (chosen ? " (•) " : " ( ) ") + WizardText.target(option, l10n: l10n)
            let role: StyleRole = chosen ? (focus == 0 ? .selected : .buttonFocused) : .normal
            buffer.write(line, in: page.row(2 + index).inset(right: page.width - 30), role: role)
        }
        guard wizard.isExternal else { return }
        let row = 3 + wizard.targets.count
        buffer.write(l10n(.wizardExternalName), in: page.row(row), role: .required)
        drawField(externalName, in: page.row(row + 1), focused: focus == 1, buffer: &buffer)
    }

    private func drawArea(_ wizard: EscalationWizard, in page: Rect, l10n: Localizer, buffer: inout ScreenBuffer) {
        buffer.write(l10n(.wizardAreaPrompt), in: page.row(0), role: .label)
        let rows = max(1, page.height - 5)
        let top = max(0, listCursor - rows + 1)
        for (offset, index) in (top..<min(wizard.areas.count, top + rows)).enumerated() {
            let area = wizard.areas[index]
            let chosen = area == wizard.area.lowercased()
            let mark = (listCursor == index ? "▸" : " ") + (chosen ? "(•) " : "( ) ")
            buffer.write(mark + area.sanitized(.singleLine), in: page.row(2 + offset).inset(right: page.width - 30),
                         role: chosen ? .selected : .normal)
        }
        let otherRow = 2 + min(rows, wizard.areas.count) + 1
        let onOther = listCursor == wizard.areas.count
        buffer.write(l10n(.wizardAreaOther), in: page.row(otherRow).inset(right: page.width - 14), role: onOther ? .label : .dim)
        drawField(otherArea, in: page.row(otherRow).inset(left: 14, right: max(0, page.width - 44)), focused: onOther, buffer: &buffer)
    }

    private func drawTried(_ wizard: EscalationWizard, in page: Rect, context: ScreenContext, buffer: inout ScreenBuffer) {
        let l10n = context.l10n
        buffer.write(l10n(.wizardTriedPrompt), in: page.row(0), role: .label)
        var row = 1
        if wizard.checklist.isEmpty {
            buffer.write(l10n(.wizardTriedNone), in: page.row(row).inset(left: 2), role: .dim)
            row += 1
        }
        let shown = max(1, page.height - 7)
        let top = max(0, listCursor - shown + 1)
        for index in top..<min(wizard.checklist.count, top + shown) {
            let item = wizard.checklist[index]
            let time = l10n.time(item.at)
            let line = (item.checked ? "[x] " : "[ ] ") + WizardText.describe(item, l10n: l10n)
            let rect = page.row(row).inset(left: 2, right: time.displayWidth + 1)
            let focused = focus == 0 && index == listCursor
            buffer.write(line, in: rect, role: focused ? .selected : (item.checked ? .normal : .dim))
            buffer.write(time, row: rect.row, column: rect.maxColumn + 1, role: .dim)
            row += 1
        }
        buffer.write(l10n(.wizardTriedAdd), in: page.row(row), role: .label)
        let box = Rect(row: page.row + row + 1, column: page.column, width: page.width, height: 3)
        buffer.box(box, role: focus == 1 ? .borderFocused : .border)
        drawField(tried, in: box.inset(by: 1), focused: focus == 1, buffer: &buffer)
        drawSLA(context, from: page.row + row + 5, in: page, buffer: &buffer)
    }

    private func drawConfirm(_ wizard: EscalationWizard, in page: Rect, context: ScreenContext, buffer: inout ScreenBuffer) {
        let l10n = context.l10n
        let escalation = wizard.escalation { WizardText.describe($0, l10n: l10n) }
        var target = WizardText.target(wizard.target, l10n: l10n)
        if wizard.isExternal { target += " · " + escalation.reasonSafeName(wizard) }
        if let area = escalation.area { target += " · " + area }
        var lines: [StyledLine] = [StyledLine([(l10n(.wizardSummary, l10n.tier(wizard.fromTier), target), .strong)])]
        lines += TicketTimeline.labelled(l10n(.handoffReason), escalation.reason, width: page.width).prefix(2)
        lines += TicketTimeline.labelled(l10n(.handoffTried), escalation.tried, width: page.width).prefix(4)
        for (offset, line) in lines.enumerated() {
            line.draw(into: &buffer, row: page.row + offset, column: page.column, width: page.width)
        }
        let row = lines.count + 1
        buffer.write(l10n(.wizardUrgencyPrompt), in: page.row(row), role: .label)
        drawField(urgency, in: page.row(row + 1), focused: true, buffer: &buffer)
        drawSLA(context, from: page.row + row + 3, in: page, buffer: &buffer)
    }

    private func drawField(_ input: TextInput, in rect: Rect, focused: Bool, buffer: inout ScreenBuffer) {
        let role: StyleRole = focused ? .inputFocused : .input
        buffer.fill(rect, role: role)
        TextInputView.drawLine(input, in: rect, buffer: &buffer, role: role, focused: focused)
    }

    private func drawSLA(_ context: ScreenContext, from row: Int, in page: Rect, buffer: inout ScreenBuffer) {
        let lines = StyledLine.wrapped(slaLine(context), width: page.width, prefix: "", prefixRole: .info, role: .info)
        for (offset, line) in lines.prefix(2).enumerated() where row + offset < page.maxRow {
            line.draw(into: &buffer, row: row + offset, column: page.column, width: page.width)
        }
    }

    /// The SLA reminder: the running target's due time, plan and priority, when known.
    func slaLine(_ context: ScreenContext) -> String {
        let l10n = context.l10n
        guard let ticket else { return "" }
        let timer = context.sla.evaluate(ticket, history: events, now: context.now).headline
        guard timer.isOpen, let due = timer.due else { return l10n(.wizardSLAUnknown) }
        return l10n(.wizardSLA, l10n.slaTimer(timer.kind), l10n.shortDateTime(due, now: context.now), ticket.plan.rawValue, ticket.priority.rawValue)
    }
}

private extension Escalation {
    /// The vendor or department name as typed, for the summary line.
    func reasonSafeName(_ wizard: EscalationWizard) -> String {
        if case .external(_, let name) = target { return name.sanitized(.singleLine) }
        return ""
    }
}
