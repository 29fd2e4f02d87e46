import Foundation
import TerminalKit

/// Which keys run which actions. Built from ``ActionCatalog`` defaults, then the user's
/// keys.toml overrides (``KeyMapLoader``). A key is unique within a scope: binding it to a
/// new action takes it away from the old one.
public struct KeyMap: Sendable {
    public private(set) var bindings: [ActionID: [Key]]
    private var lookup: [KeyScope: [Key: ActionID]] = [:]

    /// The defaults from CLI.md's "Default keys".
    public static let defaults = KeyMap(bindings: Dictionary(ActionCatalog.all.map { ($0.id, $0.defaultKeys) }, uniquingKeysWith: { a, _ in a }))

    init(bindings: [ActionID: [Key]]) {
        self.bindings = bindings
        rebuild()
    }

    /// Keys bound to an action, in preference order (the first is shown in the status bar).
    public func keys(for action: ActionID) -> [Key] { bindings[action] ?? [] }

    /// The action a key runs in `mode`, or nil (then the focused view may use the key itself,
    /// e.g. as typed text).
    public func action(for key: Key, mode: InputMode) -> ActionID? {
        switch mode {
        case .browsing:
            return lookup[.list]?[key] ?? lookup[.global]?[key]
        case .form(let editingText):
            if editingText, case .character = key { return nil }
            return lookup[.form]?[key] ?? (editingText ? nil : lookup[.list]?[key])
        }
    }

    /// Replaces an action's keys. Returns the actions that lost a key to it (same scope, or
    /// any scope when one of the two is global), so the caller can warn.
    @discardableResult
    public mutating func bind(_ keys: [Key], to action: ActionID) -> [(key: Key, action: ActionID)] {
        guard let scope = ActionCatalog.action(action)?.scope else { return [] }
        var displaced: [(key: Key, action: ActionID)] = []
        for (other, otherKeys) in bindings where other != action {
            guard let otherScope = ActionCatalog.action(other)?.scope, Self.overlap(scope, otherScope) else { continue }
            let lost = otherKeys.filter(keys.contains)
            if lost.isEmpty { continue }
            bindings[other] = otherKeys.filter { !keys.contains($0) }
            displaced += lost.map { ($0, other) }
        }
        bindings[action] = keys
        rebuild()
        return displaced.sorted { $0.action < $1.action }
    }

    /// Keys bound to more than one action in overlapping scopes (empty for a consistent map).
    public func conflicts() -> [Key: [ActionID]] {
        var seen: [Key: [ActionID]] = [:]
        for (action, keys) in bindings {
            for key in keys { seen[key, default: []].append(action) }
        }
        return seen.filter { _, actions in
            actions.count > 1 && actions.indices.contains { i in
                actions.indices.contains { j in
                    i < j && Self.overlap(ActionCatalog.action(actions[i])!.scope, ActionCatalog.action(actions[j])!.scope)
                }
            }
        }.mapValues { $0.sorted() }
    }

    static func overlap(_ a: KeyScope, _ b: KeyScope) -> Bool {
        a == b || (a == .global && b == .list) || (a == .list && b == .global)
    }

    private mutating func rebuild() {
        lookup = [:]
        for action in ActionCatalog.all {
            for key in bindings[action.id] ?? [] where lookup[action.scope]?[key] == nil {
                lookup[action.scope, default: [:]][key] = action.id
            }
        }
    }

    /// The key map in keys.toml syntax (for `helpdesk keys` and as a starting point).
    public func toml() -> String {
        var out = "# helpdesk key map. Copy to $XDG_CONFIG_HOME/helpdesk/keys.toml and change what you like.\n"
        out += "# Values are a key label or an array of labels: \"j\", \"G\", \"<enter>\", \"<ctrl+s>\", \"<s-tab>\", \"<f5>\".\n\n[keys]\n"
        for group in ActionGroup.allCases {
            out += "# \(group.title)\n"
            for action in ActionCatalog.all where action.group == group {
                let labels = keys(for: action.id).map { "\"\($0.label.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\"" }
                let value = labels.count == 1 ? labels[0] : "[" + labels.joined(separator: ", ") + "]"
                out += "\"\(action.id)\" = \(value)\n"
            }
        }
        return out
    }
}
