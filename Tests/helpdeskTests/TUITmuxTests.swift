import Foundation
import HelpDeskTestSupport
import Testing

/// The real binary in a real terminal: tmux on a private socket, driven by keys, read back with
/// `capture-pane`, polled with a bounded wait (never fixed sleeps).
@Suite("TUI end to end in tmux", .serialized, .enabled(if: TmuxSession.isAvailable))
struct TUITmuxTests {
    @Test("move, open a ticket, add an internal note with keys only, quit: note stored, terminal back in cooked mode",
          arguments: ["xterm-256color", "vt100", "linux"])
    func noteThroughTheRealTerminal(term: String) throws {
        let cli = CLIRunner()
        let demo = try cli.run(["demo", "--no-tui", "--db", cli.database, "--tickets", "200"])
        #expect(demo.status == 0, "\(demo.stderr)")

        let socket = TmuxSession.newSocket("hd-tui")
        defer { TmuxSession.killServer(socket: socket) }
        let env = ["TERM=\(term)", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "USER=root", "HOME=\(cli.folder.path)",
                   "XDG_CONFIG_HOME=\(cli.folder.path)/config", "XDG_DATA_HOME=\(cli.folder.path)"]
        let app = "env " + env.map(TmuxSession.quoted).joined(separator: " ") + " "
            + TmuxSession.quoted(CLIRunner.binary.path) + " tui --db " + TmuxSession.quoted(cli.database) + " --lang en"
            + "; echo HD-EXIT=$?; stty -a; echo HD-DONE; sleep 600"
        let tmux = try TmuxSession.start(socket: socket, name: "t", columns: 100, rows: 30,
                                         command: TmuxSession.sized(app, columns: 100, rows: 30))

        try tmux.waitFor("helpdesk · L1 console")  // L1 agents open on their console (tiers branch)
        try tmux.press("j", "j", "Enter")
        let detail = try tmux.waitUntil("the ticket detail") { $0.contains("Ticket #") && $0.contains("HISTORY") }
        let title = try #require(detail.split(separator: "\n").first { $0.contains("Ticket #") })
        let id = try #require(title.split(separator: "#").dropFirst().first?.prefix { $0.isNumber })
        #expect(!id.isEmpty)

        let note = "nota e2e \(term): reinicié el cliente"
        try tmux.press("i")
        try tmux.waitFor("Internal note on #\(id)")
        try tmux.type(note)
        try tmux.press("C-s")
        try tmux.waitFor("Internal note added to #\(id).")
        try tmux.press("q")
        let after = try tmux.waitFor("HD-DONE")
        #expect(after.contains("HD-EXIT=0"))
        // Cooked mode again: canonical input and echo on (`-icanon` / `-echo` would be raw).
        let words = after.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init)
        #expect(words.contains("icanon") && !words.contains("-icanon"), "stty: \(after)")
        #expect(words.contains("echo") && !words.contains("-echo"), "stty: \(after)")

        let shown = try cli.json(["ticket", "show", String(id), "--db", cli.database])
        let events = shown["events"] as? [[String: Any]] ?? []
        let last = try #require(events.last { ($0["type"] as? String) == "note" })
        #expect(last["text"] as? String == note)
        #expect(last["actor"] as? String == "ana")
    }

    /// vt100's terminfo has no PgUp, PgDn, Home or End, and tmux sends Home/End as `ESC [1~` /
    /// `ESC [4~` whatever TERM says (xterm's entry expects `ESC OH`). Found by hand in tmux:
    /// PgUp under vt100 went back, opened the knowledge base (`5`) and typed `~` into its
    /// search; Home in a text field under xterm-256color typed `1~`.
    @Test("PgUp, PgDn, Home and End the terminfo entry does not list act as keys, never as Esc and text",
          arguments: ["vt100", "xterm-256color"])
    func keysMissingFromTerminfo(term: String) throws {
        let cli = CLIRunner()
        #expect(try cli.run(["demo", "--no-tui", "--db", cli.database, "--tickets", "60"]).status == 0)
        let socket = TmuxSession.newSocket("hd-keys")
        defer { TmuxSession.killServer(socket: socket) }
        let env = ["TERM=\(term)", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "HOME=\(cli.folder.path)",
                   "XDG_CONFIG_HOME=\(cli.folder.path)/config", "XDG_DATA_HOME=\(cli.folder.path)", "XDG_STATE_HOME=\(cli.folder.path)/state"]
        let app = "env " + env.map(TmuxSession.quoted).joined(separator: " ") + " "
            + TmuxSession.quoted(CLIRunner.binary.path) + " tui --db " + TmuxSession.quoted(cli.database) + " --as ana --lang en"
            + "; echo HD-EXIT=$?; sleep 600"
        let tmux = try TmuxSession.start(socket: socket, name: "t", columns: 80, rows: 24,
                                         command: TmuxSession.sized(app, columns: 80, rows: 24))
        try tmux.waitFor("helpdesk · L1 console")
        try tmux.press("PPage", "NPage", "Home", "End", "PPage")
        try tmux.press("?")  // a marker key: once the help is up, every key before it was handled
        let after = try tmux.waitFor("Move the cursor down")
        #expect(after.contains("helpdesk · L1 console"), "a key left the console:\n\(after)")
        #expect(!after.contains("does nothing here"), "part of a sequence was read as a key:\n\(after)")
        try tmux.press("Escape", "n")
        try tmux.waitFor("Requester*")
        try tmux.type("abc")
        try tmux.press("Home")
        try tmux.type("X")
        try tmux.press("End")
        try tmux.type("Y")
        try tmux.waitFor("Requester*  XabcY")
        try tmux.press("Escape", "y", "q")
        try tmux.waitFor("HD-EXIT=0")
    }
}
