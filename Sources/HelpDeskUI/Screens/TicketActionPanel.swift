import HelpDeskCore
import TerminalKit

/// The modal part of working a ticket, shared by the queue list (acting on the cursor row) and
/// the detail: the inline composer for replies, internal notes and resolutions, the status and
/// assignee pickers and the send-back form; escalation opens the wizard screen
/// (``EscalationWizardScreen``). It turns keys into `.perform`
/// effects and stays open until the result says the change was made, so a refusal or a
/// conflict never throws away what the technician typed.
public struct TicketActionPanel: Sendable {
    public enum Compose: Sendable, Equatable {
        case note, reply, resolve
    }

    enum Mode: Sendable {
        case idle
        case compose(Compose, TextInput)
        case status(Picker<TicketStatus>)
        case assign(Picker<String>)
        case sendBack(SendBackForm)
    }

    private(set) var mode: Mode = .idle
    /// Set while asking "discard what you typed?" after Esc in a composer with text (UX.md:
    /// Esc cancels after confirming; a reply of several lines was lost to one habitual Esc).
    public private(set) var confirmingDiscard = false
    /// The ticket being worked on, refreshed on reload so the version sent is current.
    public private(set) var ticket: Ticket?

    public init() {}

    public var isActive: Bool {
        if case .idle = mode { return false }
        return true
    }

    /// Starts `action` on `ticket`. `take` needs no input and is performed at once.
    public mutating func begin(_ action: ActionID, on ticket: Ticket, agents: [Agent], context: ScreenContext) -> [Effect] {
        let l10n = context.l10n
        self.ticket = ticket
        confirmingDiscard = false
        switch action {
        case Act.take:
            return [.perform(.take, ticketID: ticket.id, expectedVersion: ticket.version)]
        case Act.note: mode = .compose(.note, TextInput(multiline: true))
        case Act.reply: mode = .compose(.reply, TextInput(multiline: true))
        case Act.resolve: mode = .compose(.resolve, TextInput(multiline: true))
        case Act.status:
            let choices: [TicketStatus] = [.open, .pendingCustomer, .pendingVendor, .resolved, .closed]
            mode = .status(Picker(title: l10n(.pickStatus, "\(ticket.id)"), hint: l10n(.pickHint),
                                  items: choices.map { .init(label: l10n.status($0), value: $0) }, selected: ticket.status))
        case Act.assign:
            let eligible = agents.filter { $0.role.canWork(ticket.tier) }.sorted { $0.login < $1.login }
            guard !eligible.isEmpty else { return [.toast(l10n(.pickNoAgents), .error)] }
            mode = .assign(Picker(title: l10n(.pickAssign, "\(ticket.id)"), hint: l10n(.pickHint),
                                  items: eligible.map { .init(label: "\($0.login) · \($0.name) (\(l10n.role($0.role)))", value: $0.login) },
                                  selected: ticket.assignee))
        case Act.escalate: return [.push(EscalationWizardScreen(ticketID: ticket.id))]
        case Act.sendBack: mode = .sendBack(SendBackForm(ticket: ticket, l10n: l10n))
        default: break
        }
        return []
    }

    /// The composer's or the coaching note's text, if any was typed.
    public var draft: Draft? {
        guard let ticket else { return nil }
        switch mode {
        case .compose(let kind, let field):
            let draftKind: Draft.Kind = switch kind {
            case .note: .note
            case .reply: .reply
            case .resolve: .resolve
            }
            return Draft.typed(draftKind, ticketID: ticket.id, text: ["text": field.text])
        case .sendBack(let form):
            return Draft.typed(.sendBack, ticketID: ticket.id, text: ["text": form.form.value("note", trimmed: false)])
        case .idle, .status, .assign:
            return nil
        }
    }

    /// Reopens the composer or the send-back form with a draft's text.
    public mutating func restore(_ draft: Draft, on ticket: Ticket, context: ScreenContext) {
        self.ticket = ticket
        let text = draft["text"]
        switch draft.kind {
        case .note: mode = .compose(.note, TextInput(text, multiline: true))
        case .reply: mode = .compose(.reply, TextInput(text, multiline: true))
        case .resolve: mode = .compose(.resolve, TextInput(text, multiline: true))
        case .sendBack:
            var form = SendBackForm(ticket: ticket, l10n: context.l10n)
            form.setText(text)
            mode = .sendBack(form)
        case .intake, .escalation: break
        }
    }

    /// The status bar's keys while the panel is open. The form keys ('Tab next  Ctrl-S save')
    /// are wrong here: Tab does nothing in the composer and Ctrl-S nothing in a picker. The
    /// send-back form is a form: nil keeps the form keys.
    public func typingKeys(_ context: ScreenContext) -> [LocalKey]? {
        let l10n = context.l10n
        switch mode {
        case .compose:
            return [LocalKey(key: .ctrl("s"), title: l10n.actionTitle(Act.formSubmit)),
                    LocalKey(key: .ctrl("e"), title: l10n.actionTitle(Act.formEditor)),
                    LocalKey(key: .escape, title: l10n.actionTitle(Act.formCancel))]
        case .status, .assign:
            return [LocalKey(key: .enter, title: l10n(.keyChoose)), LocalKey(key: .escape, title: l10n.actionTitle(Act.formCancel))]
        case .idle, .sendBack:
            return nil
        }
    }

    /// Keeps the target's version current after a reload.
    public mutating func refresh(_ fresh: Ticket) {
        if ticket?.id == fresh.id { ticket = fresh }
    }

    public mutating func cancel() {
        mode = .idle
        confirmingDiscard = false
    }

    public mutating func handle(_ input: ScreenInput, agents: [Agent], context: ScreenContext) -> [Effect] {
        guard let ticket else { mode = .idle; return [] }
        switch input {
        case .performed(let result):
            switch result {
            case .done(let t): self.ticket = t; mode = .idle
            case .refused(let message, let field): setError(field: field, message)
            case .conflict, .failed: break
            }
            return []
        case .edited(let text):
            if case .compose(let kind, var field) = mode, let text { field.set(text); mode = .compose(kind, field) }
            return []
        case .key(let key): return handleKey(key, ticket: ticket, agents: agents, context: context)
        case .action, .search: return []
        }
    }

    private mutating func handleKey(_ key: Key, ticket: Ticket, agents: [Agent], context: ScreenContext) -> [Effect] {
        let perform = { (action: TicketAction) -> [Effect] in
            [.perform(action, ticketID: ticket.id, expectedVersion: ticket.version)]
        }
        switch mode {
        case .idle:
            return []
        case .compose(let kind, var field):
            if confirmingDiscard {
                // y (s in Spanish) discards; any other key keeps the text and is not typed.
                confirmingDiscard = false
                if [.character("y"), .character("Y"), .character("s"), .character("S")].contains(key) { mode = .idle }
                return []
            }
            switch key {
            case .escape:
                if field.isBlank { mode = .idle } else { confirmingDiscard = true }
            case .ctrl("e"):
                return [.editExternally(initial: field.text)]
            case .ctrl("s"):
                let text = field.text.trimmingCharacters(in: .whitespacesAndNewlines)
                switch kind {
                case .note where text.isEmpty, .reply where text.isEmpty:
                    return [.toast(context.l10n(.toastEmptyText), .error)]
                case .note: return perform(.note(text))
                case .reply: return perform(.reply(text))
                case .resolve: return perform(.resolve(resolution: text.isEmpty ? nil : text, articleID: nil))
                }
            default:
                field.handle(key)
                mode = .compose(kind, field)
            }
        case .status(var picker):
            switch picker.handle(key) {
            case .none: mode = .status(picker)
            case .cancelled: mode = .idle
            case .chosen(let status):
                mode = .status(picker)
                return perform(.changeStatus(status))
            }
        case .assign(var picker):
            switch picker.handle(key) {
            case .none: mode = .assign(picker)
            case .cancelled: mode = .idle
            case .chosen(let login):
                mode = .assign(picker)
                guard let agent = agents.first(where: { $0.login == login }) else { return [] }
                return perform(.assign(to: agent))
            }
        case .sendBack(var form):
            let (outcome, action) = form.handle(key)
            mode = outcome == .cancelled ? .idle : .sendBack(form)
            if let action { return perform(action) }
        }
        return []
    }

    private mutating func setError(field: String?, _ message: String) {
        switch mode {
        case .sendBack(var form):
            form.setError(field: "note", message)
            mode = .sendBack(form)
        case .status, .assign:
            mode = .idle
        default: break
        }
    }

    /// Draws the panel: the composer docked at the bottom of `area`, pickers and forms centred.
    public func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        guard let ticket else { return }
        let l10n = context.l10n
        switch mode {
        case .idle: return
        case .compose(let kind, let field):
            let height = min(8, max(4, area.height / 2))
            let rect = Rect(row: area.maxRow - height, column: area.column, width: area.width, height: height)
            let title: String
            let role: StyleRole
            switch kind {
            case .note: title = l10n(.composeNote, "\(ticket.id)"); role = .internalNote
            case .reply: title = l10n(.composeReply, ticket.requester, "\(ticket.id)"); role = .reply
            case .resolve: title = l10n(.composeResolve, "\(ticket.id)"); role = .success
            }
            buffer.fill(rect, role: .overlay)
            buffer.box(rect, role: .borderFocused, title: title, titleRole: role)
            let inner = rect.inset(top: 1, left: 1, bottom: 1, right: 1)
            TextInputView.drawArea(field, in: Rect(row: inner.row, column: inner.column, width: inner.width, height: inner.height - 1), buffer: &buffer)
            let cursor = buffer.cursor
            if confirmingDiscard {
                buffer.write(l10n(.formConfirmDiscard), in: inner.row(inner.height - 1), role: .warning)
            } else {
                buffer.write(l10n(.composeHint), in: inner.row(inner.height - 1), role: .dim)
            }
            buffer.cursor = cursor
        case .status(let picker): picker.render(into: &buffer, area: area)
        case .assign(let picker): picker.render(into: &buffer, area: area)
        case .sendBack(let form): form.render(into: &buffer, area: area)
        }
    }
}
