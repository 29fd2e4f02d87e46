import HelpDeskCore
import TerminalKit

/// Sending a ticket back one tier needs a coaching note for the tier that receives it.
public struct SendBackForm: Sendable {
    public private(set) var form: Form
    public let ticket: Ticket

    public init(ticket: Ticket, l10n: Localizer) {
        self.ticket = ticket
        form = Form(
            title: l10n(.formSendBackTitle, "\(ticket.id)"),
            hint: l10n(.formHint),
            fields: [Form.Field(id: "note", label: l10n(.formCoachingNote), kind: .text(TextInput(multiline: true)), required: true)],
            requiredWord: l10n(.formRequired), confirmText: l10n(.formConfirmDiscard),
            missing: { [l10n] label in l10n(.formMissing, label) }
        )
    }

    public mutating func handle(_ key: Key) -> (Form.Outcome, TicketAction?) {
        let outcome = form.handle(key)
        guard outcome == .submitted else { return (outcome, nil) }
        return (outcome, .deescalate(note: form.value("note")))
    }

    /// The coaching note from a restored draft.
    public mutating func setText(_ text: String) { form.setText("note", text) }

    public mutating func setError(field: String, _ message: String) { form.setError(field: "note", message) }

    public func render(into buffer: inout ScreenBuffer, area: Rect) { form.render(into: &buffer, area: area) }
}
