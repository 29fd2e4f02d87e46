import HelpDeskCore
import TerminalKit

/// The simple escalation form: target, area, reason, what was tried, an optional urgency note,
/// and the vendor or department name when the target is external. Kept in its own file: the
/// step-by-step escalation wizard will replace it.
public struct EscalationForm: Sendable {
    public private(set) var form: Form
    public let ticket: Ticket
    /// The targets offered, in the order of the choice field.
    let targets: [EscalationTargetChoice]

    enum EscalationTargetChoice: Sendable, Equatable {
        case tier(Tier)
        case vendor
        case department
    }

    public init(ticket: Ticket, l10n: Localizer) {
        self.ticket = ticket
        var targets: [EscalationTargetChoice] = []
        var tier = ticket.tier
        while let next = tier.next { targets.append(.tier(next)); tier = next }
        targets += [.vendor, .department]
        self.targets = targets
        let labels = targets.map { target -> String in
            switch target {
            case .tier(let tier): tier.label
            case .vendor: l10n(.targetVendor)
            case .department: l10n(.targetDepartment)
            }
        }
        form = Form(
            title: l10n(.formEscalateTitle, "\(ticket.id)"),
            hint: l10n(.formHint),
            fields: [
                Form.Field(id: "target", label: l10n(.formTarget), kind: .choice(options: labels, selected: 0)),
                Form.Field(id: "name", label: l10n(.formExternalName), kind: .text(TextInput()), required: true),
                Form.Field(id: "area", label: l10n(.formArea), kind: .text(TextInput(ticket.category ?? ""))),
                Form.Field(id: "reason", label: l10n(.formReason), kind: .text(TextInput()), required: true),
                Form.Field(id: "tried", label: l10n(.formTried), kind: .text(TextInput(multiline: true)), required: true),
                Form.Field(id: "urgency", label: l10n(.formUrgencyNote), kind: .text(TextInput())),
            ],
            requiredWord: l10n(.formRequired), confirmText: l10n(.formConfirmDiscard),
            missing: { [l10n] label in l10n(.formMissing, label) }
        )
        syncHidden()
    }

    private mutating func syncHidden() {
        let target = targets[form.choiceIndex("target")]
        form.setHidden("name", target != .vendor && target != .department)
    }

    /// Keys go to the form; a submitted form becomes the escalation action.
    public mutating func handle(_ key: Key) -> (Form.Outcome, TicketAction?) {
        let outcome = form.handle(key)
        syncHidden()
        guard outcome == .submitted else { return (outcome, nil) }
        let area = form.value("area")
        let target: EscalationTarget
        switch targets[form.choiceIndex("target")] {
        case .tier(let tier): target = .tier(tier)
        case .vendor: target = .external(kind: "vendor", name: form.value("name"))
        case .department: target = .external(kind: "department", name: form.value("name"))
        }
        let urgency = form.value("urgency")
        let escalation = Escalation(
            target: target, area: area.isEmpty ? nil : area, reason: form.value("reason"),
            tried: form.value("tried"), urgencyNote: urgency.isEmpty ? nil : urgency)
        return (outcome, .escalate(escalation))
    }

    public mutating func setError(field: String, _ message: String) { form.setError(field: field, message) }

    public func render(into buffer: inout ScreenBuffer, area: Rect) { form.render(into: &buffer, area: area) }
}
