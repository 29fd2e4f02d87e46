import TerminalKit

/// A column of labelled fields (UX.md: "Tab/Shift-Tab move, Ctrl-S submits, Esc cancels after
/// confirming if something was typed; required fields say so; errors sit next to the field").
/// Pure value; the owner turns a submitted form into a ``TicketAction``.
public struct Form: Sendable {
    public enum Kind: Sendable, Equatable {
        case text(TextInput)
        /// A fixed set of options changed with ←/→ or Space.
        case choice(options: [String], selected: Int)
    }

    public struct Field: Sendable {
        public var id: String
        public var label: String
        public var kind: Kind
        public var required: Bool
        /// Hidden fields are skipped (e.g. the vendor name unless the target is a vendor).
        public var hidden = false
        public var error: String?

        public init(id: String, label: String, kind: Kind, required: Bool = false) {
            self.id = id
            self.label = label
            self.kind = kind
            self.required = required
        }

        public var text: String {
            switch kind {
            case .text(let input): input.text
            case .choice(let options, let selected): options.indices.contains(selected) ? options[selected] : ""
            }
        }
    }

    public var title: String
    public var hint: String
    public var fields: [Field]
    public private(set) var focus = 0
    /// Set while asking "discard what you typed?".
    public private(set) var confirmingCancel = false
    private let requiredWord: String
    private let missingFormat: @Sendable (String) -> String
    private let confirmText: String

    public init(title: String, hint: String, fields: [Field], requiredWord: String, confirmText: String, missing: @escaping @Sendable (String) -> String) {
        self.title = title
        self.hint = hint
        self.fields = fields
        self.requiredWord = requiredWord
        self.confirmText = confirmText
        self.missingFormat = missing
    }

    public enum Outcome: Sendable, Equatable {
        case none
        case submitted
        case cancelled
    }

    public func value(_ id: String, trimmed: Bool = true) -> String {
        let text = fields.first { $0.id == id }?.text ?? ""
        return trimmed ? text.trimmingCharacters(in: .whitespacesAndNewlines) : text
    }

    /// Puts text back into a text field (a restored draft).
    public mutating func setText(_ id: String, _ text: String) {
        guard let index = fields.firstIndex(where: { $0.id == id }), case .text(var input) = fields[index].kind else { return }
        input.set(text)
        fields[index].kind = .text(input)
    }

    public func choiceIndex(_ id: String) -> Int {
        guard let field = fields.first(where: { $0.id == id }), case .choice(_, let selected) = field.kind else { return 0 }
        return selected
    }

    public mutating func setHidden(_ id: String, _ hidden: Bool) {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
        fields[index].hidden = hidden
    }

    private var hasTypedText: Bool {
        fields.contains { if case .text(let input) = $0.kind { !input.isBlank } else { false } }
    }

    public mutating func handle(_ key: Key) -> Outcome {
        if confirmingCancel {
            confirmingCancel = false
            switch key {
            case .character("y"), .character("Y"), .character("s"), .character("S"): return .cancelled
            default: return .none
            }
        }
        switch key {
        case .escape:
            if hasTypedText { confirmingCancel = true; return .none }
            return .cancelled
        case .tab: moveFocus(1)
        case .backTab: moveFocus(-1)
        case .ctrl("s"): return submit()
        case .enter where isLastVisible(focus) && !isMultiline(focus): return submit()
        default:
            switch fields[focus].kind {
            case .text(var input):
                if key == .enter && !input.multiline { moveFocus(1); return .none }
                input.handle(key)
                fields[focus].kind = .text(input)
                fields[focus].error = nil
            case .choice(let options, var selected):
                switch key {
                case .left: selected = (selected + options.count - 1) % options.count
                case .right, .character(" "): selected = (selected + 1) % options.count
                case .enter: moveFocus(1)
                default: break
                }
                fields[focus].kind = .choice(options: options, selected: selected)
            }
        }
        return .none
    }

    private func isMultiline(_ index: Int) -> Bool {
        if case .text(let input) = fields[index].kind { return input.multiline }
        return false
    }

    private func isLastVisible(_ index: Int) -> Bool {
        !fields.indices.contains { $0 > index && !fields[$0].hidden }
    }

    private mutating func moveFocus(_ delta: Int) {
        var next = focus
        for _ in fields.indices {
            next = (next + delta + fields.count) % fields.count
            if !fields[next].hidden { focus = next; return }
        }
    }

    private mutating func submit() -> Outcome {
        var firstError: Int?
        for index in fields.indices where !fields[index].hidden && fields[index].required {
            if fields[index].text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                fields[index].error = missingFormat(fields[index].label)
                if firstError == nil { firstError = index }
            }
        }
        if let firstError { focus = firstError; return .none }
        return .submitted
    }

    /// Puts an error from the core (``WorkflowError/missingField``) next to its field.
    public mutating func setError(field id: String, _ message: String) {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
        fields[index].error = message
        focus = index
    }

    /// Draws the form as a centred box over `area`.
    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let visible = fields.indices.filter { !fields[$0].hidden }
        let labelWidth = min(24, (visible.map { fields[$0].label.displayWidth }.max() ?? 0) + 2)
        var rows = 0
        for index in visible { rows += isMultiline(index) ? 4 : 1; if fields[index].error != nil { rows += 1 } }
        let rect = Overlay.centred(width: max(50, area.width - 8), height: rows + 4, in: area)
        let inner = Overlay.frame(rect, title: title, into: &buffer)
        var row = inner.row
        let fieldWidth = inner.width - labelWidth
        for index in visible where row < inner.maxRow - 1 {
            let field = fields[index]
            let focused = index == focus
            let label = field.label + (field.required ? "*" : "")
            buffer.write(label, in: Rect(row: row, column: inner.column, width: labelWidth, height: 1), role: field.required ? .required : .label)
            let fieldRect = Rect(row: row, column: inner.column + labelWidth, width: fieldWidth, height: isMultiline(index) ? min(4, inner.maxRow - 1 - row) : 1)
            switch field.kind {
            case .text(let input):
                if input.multiline {
                    TextInputView.drawArea(input, in: fieldRect, buffer: &buffer, role: focused ? .inputFocused : .input, focused: focused)
                } else {
                    buffer.fill(fieldRect, role: focused ? .inputFocused : .input)
                    TextInputView.drawLine(input, in: fieldRect, buffer: &buffer, role: focused ? .inputFocused : .input, focused: focused)
                }
            case .choice(let options, let selected):
                var column = fieldRect.column
                for (i, option) in options.enumerated() {
                    let mark = i == selected ? "(•) " : "( ) "
                    let role: StyleRole = i == selected ? (focused ? .buttonFocused : .button) : .overlay
                    column = buffer.write(mark + option, row: row, column: column, role: role, maxWidth: fieldRect.maxColumn - column) + 2
                }
            }
            row += fieldRect.height
            if let error = field.error {
                buffer.write("⚠ " + error, in: Rect(row: row, column: inner.column + labelWidth, width: fieldWidth, height: 1), role: .error)
                row += 1
            }
        }
        let footer = confirmingCancel ? confirmText : "* \(requiredWord) · \(hint)"
        buffer.write(footer, in: inner.row(inner.height - 1), role: confirmingCancel ? .warning : .dim)
    }
}
