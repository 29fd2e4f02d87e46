import TerminalKit

/// Which keys trigger which ``UIAction``. The defaults are CLI.md's, written as key labels in
/// the same syntax users write in keys.toml.
public struct KeyBindings: Sendable {
    public private(set) var keysByAction: [UIAction: [Key]]
    private var actionByKey: [Key: UIAction]

    public init(_ labels: [UIAction: [String]]) {
        var keys: [UIAction: [Key]] = [:]
        var actions: [Key: UIAction] = [:]
        for action in UIAction.allCases {
            for label in labels[action] ?? [] {
                guard let key = try? Key(label: label) else { continue }
                keys[action, default: []].append(key)
                actions[key] = actions[key] ?? action
            }
        }
        keysByAction = keys
        actionByKey = actions
    }

    /// The defaults of CLI.md ("Default keys in the terminal UI").
    public static let defaultLabels: [UIAction: [String]] = [
        .moveDown: ["j", "<down>"], .moveUp: ["k", "<up>"], .pageDown: ["<pgdn>", "<ctrl+f>"],
        .pageUp: ["<pgup>", "<ctrl+b>"], .top: ["g", "<home>"], .bottom: ["G", "<end>"],
        .open: ["<enter>"], .back: ["<esc>"], .search: ["/"], .command: [":"], .help: ["?", "<f1>"],
        .quit: ["q"], .refresh: ["<ctrl+l>"],
        .screenL1: ["1"], .screenL2: ["2"], .screenL3: ["3"], .screenDashboard: ["4"], .screenKB: ["5"],
        .newTicket: ["n"], .take: ["t"], .escalate: ["e"], .sendBack: ["b"], .reply: ["r"], .note: ["i"],
        .status: ["s"], .resolve: ["x"], .assign: ["a"], .cycleFilter: ["f"], .cycleSort: ["o"],
    ]

    public static let defaults = KeyBindings(defaultLabels)

    public func action(for key: Key) -> UIAction? { actionByKey[key] }

    public func keys(for action: UIAction) -> [Key] { keysByAction[action] ?? [] }

    /// The first key of an action as shown to people (`t`, `Enter`, `PgDn`), or nil if unbound.
    public func displayKey(_ action: UIAction) -> String? { keys(for: action).first?.displayName }
}
