/// The name of a UI action (`move.down`, `ticket.take`): what key maps, the help overlay,
/// the `:` command line and keys.toml refer to.
public struct ActionID: RawRepresentable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: ActionID, rhs: ActionID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Groups for the help overlay, in display order.
public enum ActionGroup: String, CaseIterable, Sendable {
    case navigation, screens, tickets, knowledgeBase, forms, general

    public var title: String {
        switch self {
        case .navigation: return "Moving around"
        case .screens: return "Screens"
        case .tickets: return "Tickets"
        case .knowledgeBase: return "Knowledge base"
        case .forms: return "Forms and dialogs"
        case .general: return "General"
        }
    }
}

/// Where a binding applies. Keys only need to be unique within a scope (plus `global`), so
/// Esc can mean "back" in lists and "cancel" in forms, Tab "next pane" and "next field".
public enum KeyScope: String, CaseIterable, Sendable {
    /// Everywhere except forms: screens, help, quit, search, command line.
    case global
    /// Lists, ticket detail, dashboard and the KB reader.
    case list
    /// Forms, wizards and dialogs.
    case form
}

/// What kind of input the focused view takes, deciding which scopes a key is looked up in.
public enum InputMode: Hashable, Sendable {
    /// Browsing a list or reader: list bindings, then global ones.
    case browsing
    /// In a form. With `editingText`, printable keys go to the field and only non-printable
    /// keys (Tab, Enter, Esc, Ctrl-S, arrows...) are looked up.
    case form(editingText: Bool)
}
