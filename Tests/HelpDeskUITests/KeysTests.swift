import Foundation
import HelpDeskCore
import Testing
import TerminalKit
@testable import HelpDeskUI

@Suite("Key maps")
struct KeysTests {
    let defaults = KeyMap.defaults

    @Test func defaultsFollowCLIDoc() {
        let expected: [(ActionID, [String])] = [
            ("move.down", ["j", "<down>"]), ("move.up", ["k", "<up>"]), ("move.top", ["g"]), ("move.bottom", ["G"]),
            ("item.open", ["<enter>"]), ("app.back", ["<esc>"]), ("app.search", ["/"]), ("app.command", [":"]),
            ("app.help", ["?"]), ("app.quit", ["q"]), ("screen.l1", ["1"]), ("screen.l2", ["2"]), ("screen.l3", ["3"]),
            ("screen.dashboard", ["4"]), ("screen.kb", ["5"]), ("ticket.new", ["n"]), ("ticket.take", ["t"]),
            ("ticket.escalate", ["e"]), ("ticket.sendBack", ["b"]), ("ticket.reply", ["r"]), ("ticket.note", ["i"]),
            ("ticket.status", ["s"]), ("ticket.resolve", ["x"]), ("ticket.assign", ["a"]), ("form.next", ["<tab>"]),
            ("form.previous", ["<s-tab>"]), ("form.submit", ["<ctrl+s>"]), ("move.pageDown", ["<pgdn>"]), ("move.pageUp", ["<pgup>"]),
            ("kb.draft", ["K"]),
        ]
        for (action, labels) in expected {
            let keys = defaults.keys(for: action).map(\.label)
            for label in labels {
                #expect(keys.contains(label), "\(action) should include \(label), has \(keys)")
            }
        }
        #expect(defaults.conflicts().isEmpty, "\(defaults.conflicts())")
        #expect(Set(ActionCatalog.all.map(\.id)).count == ActionCatalog.all.count)
        #expect(ActionCatalog.all.allSatisfy { !$0.defaultKeys.isEmpty })
    }

    @Test func lookupDependsOnMode() {
        #expect(defaults.action(for: .character("j"), mode: .browsing) == "move.down")
        #expect(defaults.action(for: .character("q"), mode: .browsing) == "app.quit")
        #expect(defaults.action(for: .escape, mode: .browsing) == "app.back")
        #expect(defaults.action(for: .escape, mode: .form(editingText: true)) == "form.cancel")
        #expect(defaults.action(for: .tab, mode: .browsing) == "focus.next")
        #expect(defaults.action(for: .tab, mode: .form(editingText: true)) == "form.next")
        // Typing in a field: letters are text, not actions.
        #expect(defaults.action(for: .character("q"), mode: .form(editingText: true)) == nil)
        #expect(defaults.action(for: .character("j"), mode: .form(editingText: false)) == "move.down")
        #expect(defaults.action(for: .character("q"), mode: .form(editingText: false)) == nil)
        #expect(defaults.action(for: .ctrl("s"), mode: .form(editingText: true)) == "form.submit")
    }

    @Test func userOverridesApplyAndErrorsAreLocated() {
        let source = """
        # my keys
        [keys]
        "ticket.take" = "T"
        "move.down" = ["j", "<down>", "<ctrl+n>"]
        ticket.resolve = "X"
        "ticket.tkae" = "y"
        "ticket.reply" = "<ctrl+>"
        "ticket.note" = 3
        "ticket.assign" = ["A", "<bogus>"]
        "app.quit" = "x"
        """
        let loaded = KeyMapLoader.parse(source: source, file: "keys.toml")
        let map = loaded.keyMap
        #expect(map.keys(for: "ticket.take") == [.character("T")])
        #expect(map.action(for: .character("T"), mode: .browsing) == "ticket.take")
        #expect(map.action(for: .character("t"), mode: .browsing) == nil)
        #expect(map.keys(for: "move.down") == [.character("j"), .down, .ctrl("n")])
        #expect(map.keys(for: "ticket.resolve") == [.character("X")])
        // Bad entries keep their defaults.
        #expect(map.keys(for: "ticket.reply") == [.character("r")])
        #expect(map.keys(for: "ticket.note") == [.character("i")])
        #expect(map.keys(for: "ticket.assign") == [.character("a")])
        // "x" moved from ticket.resolve (already rebound) to app.quit; q is gone.
        #expect(map.action(for: .character("x"), mode: .browsing) == "app.quit")
        let messages = loaded.diagnostics.map(\.description)
        #expect(messages.contains("keys.toml:6:1: error: unknown action \"ticket.tkae\" (did you mean \"ticket.take\"?); it is ignored"))
        #expect(messages.contains { $0.hasPrefix("keys.toml:7:1: error: ticket.reply: \"<ctrl+>\": ctrl combinations take one letter") })
        #expect(messages.contains { $0.hasPrefix("keys.toml:8:1: error: ticket.note: expected a key label") })
        #expect(messages.contains { $0.hasPrefix("keys.toml:9:1: error: ticket.assign: unknown key \"<bogus>\"") })
        #expect(loaded.diagnostics.filter { $0.severity == .error }.count == 4)
        #expect(map.conflicts().isEmpty)
    }

    @Test func displacedKeysAreWarned() {
        let loaded = KeyMapLoader.parse(source: "[keys]\n\"ticket.resolve\" = \"t\"\n", file: "k.toml")
        #expect(loaded.keyMap.action(for: .character("t"), mode: .browsing) == "ticket.resolve")
        #expect(loaded.keyMap.keys(for: "ticket.take").isEmpty)
        #expect(loaded.diagnostics.map(\.description) == [
            "k.toml:2:1: warning: t was bound to ticket.take; now ticket.resolve; ticket.take now has no key (use :ticket.take)",
        ])
    }

    @Test func malformedFileKeepsDefaults() {
        let loaded = KeyMapLoader.parse(source: "[keys]\n\"ticket.take\" = \n", file: "k.toml")
        #expect(loaded.diagnostics.count == 1)
        #expect(loaded.diagnostics[0].line == 2)
        #expect(loaded.keyMap.keys(for: "ticket.take") == [.character("t")])
        let section = KeyMapLoader.parse(source: "[bindings]\nx = 1\n", file: "k.toml")
        #expect(section.diagnostics.first?.description.hasPrefix("k.toml:1:1: error: unknown section \"bindings\"") == true)
    }

    @Test func loadsFromXDGConfigHome() throws {
        let config = try ThemeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: config) }
        let environment = ThemeFixtures.environment(["XDG_CONFIG_HOME": config.path])
        #expect(KeyMapLoader.load(environment: environment).path == nil)
        try FileManager.default.createDirectory(at: config.appendingPathComponent("helpdesk"), withIntermediateDirectories: true)
        try "[keys]\n\"app.quit\" = \"Q\"\n".write(to: config.appendingPathComponent("helpdesk/keys.toml"), atomically: true, encoding: .utf8)
        let loaded = KeyMapLoader.load(environment: environment)
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.keyMap.action(for: .character("Q"), mode: .browsing) == "app.quit")
    }

    @Test func defaultMapWrittenAsTomlReadsBackTheSame() {
        let text = KeyMap.defaults.toml()
        let loaded = KeyMapLoader.parse(source: text, file: "defaults.toml")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        for action in ActionCatalog.all {
            #expect(loaded.keyMap.keys(for: action.id) == KeyMap.defaults.keys(for: action.id))
        }
    }
}

@Suite("Generated status bar and help")
struct KeysStatusAndHelpTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let ana = Agent(login: "ana", name: "Ana", role: .l1)
    let luis = Agent(login: "luis", name: "Luis", role: .l2)

    func ticket(tier: Tier = .l1, assignee: String? = nil, status: TicketStatus = .open) -> Ticket {
        Ticket(id: 1043, subject: "VPN", requester: "marta", status: status, tier: tier, assignee: assignee, createdBy: "ana", createdAt: now)
    }

    @Test func statusBarComesFromTheKeyMap() {
        let context = ActionContext(screen: ScreenName.l1, agent: ana, ticket: ticket())
        let items = StatusBar.items(keyMap: .defaults, context: context)
        #expect(StatusBar.text(items) == "n new  t take  e escalate  r reply  i note  x resolve  / search  : cmd  ? help")
        let rebound = KeyMapLoader.parse(source: "[keys]\n\"ticket.take\" = \"<ctrl+t>\"\n", file: "k").keyMap
        #expect(StatusBar.text(StatusBar.items(keyMap: rebound, context: context)).contains("Ctrl-T take"))
        let form = ActionContext(screen: ScreenName.intake, agent: ana, mode: .form(editingText: true))
        #expect(StatusBar.text(StatusBar.items(keyMap: .defaults, context: form)) == "Tab next  Ctrl-S save  Esc cancel")
    }

    @Test func statusBarFitsTheWidthAndKeepsHelp() {
        let context = ActionContext(screen: ScreenName.l1, agent: ana, ticket: ticket())
        var buffer = ScreenBuffer(columns: 30, rows: 1)
        StatusBar.draw(StatusBar.items(keyMap: .defaults, context: context), into: &buffer, row: 0)
        #expect(buffer.text == " n new  t take  e escalate  ? help".prefix(30).description || buffer.text.hasSuffix("? help"))
        #expect(buffer.text.hasSuffix("? help"))
        #expect(buffer.text.displayWidth <= 30)
        #expect(buffer.styledText.hasPrefix("[statusBar] [statusKey]n[statusBar] new"))
    }

    /// Disabled items used the `dim` role, which has no background: on a 256-colour terminal
    /// the bar showed holes of the terminal's background (seen with `tmux capture-pane -e`).
    @Test func disabledItemsKeepTheBarsBackground() {
        let context = ActionContext(screen: ScreenName.ticket, agent: ana, ticket: ticket(assignee: "ana"))
        let items = StatusBar.items(keyMap: .defaults, context: context)
        #expect(items.contains { $0.disabledReason != nil })
        var buffer = ScreenBuffer(columns: 100, rows: 1)
        StatusBar.draw(items, into: &buffer, row: 0)
        let roles = Set((0..<100).map { buffer[0, $0].role })
        #expect(roles.isSubset(of: [.statusBar, .statusKey]), "\(buffer.styledText)")
        #expect(buffer.styledText.contains("[statusBar+dim]t take"), "\(buffer.styledText)")
    }

    @Test func disabledReasonsSayWhy() {
        let take = ActionCatalog.action("ticket.take")!
        #expect(take.disabledReason(ActionContext(screen: ScreenName.l1, agent: ana)) == "no ticket selected")
        #expect(take.disabledReason(ActionContext(screen: ScreenName.l1, agent: ana, ticket: ticket())) == nil)
        #expect(take.disabledReason(ActionContext(screen: ScreenName.l1, agent: ana, ticket: ticket(assignee: "ana"))) == "#1043 is already yours")
        let taken = take.disabledReason(ActionContext(screen: ScreenName.l1, agent: ana, ticket: ticket(assignee: "jon")))
        #expect(taken?.contains("already taken by jon") == true)
        let l2Ticket = take.disabledReason(ActionContext(screen: ScreenName.l2, agent: ana, ticket: ticket(tier: .l2)))
        #expect(l2Ticket?.contains("L2 queue") == true)
        let sendBack = ActionCatalog.action("ticket.sendBack")!
        #expect(sendBack.disabledReason(ActionContext(screen: ScreenName.l1, agent: ana, ticket: ticket())) == "#1043 is in the L1 queue: there is no lower tier")
        #expect(sendBack.disabledReason(ActionContext(screen: ScreenName.l2, agent: luis, ticket: ticket(tier: .l2, assignee: "luis"))) == nil)
        let resolve = ActionCatalog.action("ticket.resolve")!
        #expect(resolve.disabledReason(ActionContext(screen: ScreenName.l1, agent: ana, ticket: ticket(status: .resolved)))?.contains("resolved") == true)
    }

    @Test func helpOverlayIsGenerated() {
        let lines = HelpOverlay.lines(keyMap: .defaults, context: ActionContext(screen: ScreenName.l1, agent: ana))
        #expect(lines.first == .heading("Moving around"))
        #expect(lines.contains(.entry(keys: "j ↓", action: "move.down", help: "Move the cursor down", disabledReason: nil)))
        #expect(lines.contains(.entry(keys: "t", action: "ticket.take", help: "Assign the selected ticket to yourself", disabledReason: "no ticket selected")))
        let entries = lines.filter { if case .entry = $0 { return true } else { return false } }
        #expect(entries.count == ActionCatalog.all.count)
        let unbound = KeyMapLoader.parse(source: "[keys]\n\"ticket.resolve\" = \"t\"\n", file: "k").keyMap
        #expect(HelpOverlay.lines(keyMap: unbound).contains { if case .entry(":ticket.take", _, _, _) = $0 { return true } else { return false } })
        var buffer = ScreenBuffer(columns: 60, rows: 6)
        HelpOverlay.draw(lines, into: &buffer, rect: buffer.bounds)
        #expect(buffer.textLines()[0] == " Moving around")
        #expect(buffer.textLines()[1].hasPrefix("  j ↓"))
    }
}
