import Foundation
import HelpDeskTestSupport
import Testing

/// The real binary in a tiny terminal and through a burst of resizes (SIGWINCH after SIGWINCH,
/// 1×1 to 200×60) while keys keep arriving: it must stay alive, answer keys afterwards, draw
/// the right screen at the final size (a forced full redraw changes nothing), keep text being
/// typed, and quit with the terminal restored.
@Suite("Small terminal and rapid resizes (tmux)", .serialized)
struct ResizeTmuxTests {
    static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// 50 sizes: the extremes, the minimum and either side of it, the usual ones, then seeded
    /// random ones (the same every run, so a failure replays).
    static let sizes: [(Int, Int)] = {
        var sizes = [(1, 1), (2, 1), (1, 2), (20, 5), (200, 60), (60, 16), (59, 16), (60, 15), (80, 24), (300, 3),
                     (3, 100), (61, 17), (1, 60), (200, 1), (80, 24)]
        var state: UInt64 = 0x5EED
        while sizes.count < 50 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            sizes.append((Int(state >> 33) % 200 + 1, Int(state >> 17) % 60 + 1))
        }
        return sizes
    }()

    /// Browsing keys only (in a text field they would be typed, which the second test covers).
    static let keys = ["j", "Enter", "Escape", "4", "5", "j", "Enter", "Escape", "2", "3", "?", "Escape", "1", "j", "G", "g",
                       "NPage", "PPage", "k", "Enter", "Escape"]

    func start(socket: String, cli: CLIRunner, columns: Int, rows: Int) throws -> TmuxSession {
        let env = ["TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "USER=root", "HOME=\(cli.folder.path)",
                   "XDG_CONFIG_HOME=\(cli.folder.path)/config", "XDG_DATA_HOME=\(cli.folder.path)",
                   "XDG_STATE_HOME=\(cli.folder.path)/state"]
        let command = "unset LINES COLUMNS; while [ \"$(stty size)\" != '\(rows) \(columns)' ]; do sleep 0.05; done; "
            + "env " + env.map(Self.quoted).joined(separator: " ") + " " + Self.quoted(CLIRunner.binary.path)
            + " tui --db " + Self.quoted(cli.database) + " --lang en; echo HD-EXIT=$?; stty -a; echo HD-DONE; sleep 600"
        return try TmuxSession.start(socket: socket, name: "t", columns: columns, rows: rows, command: command)
    }

    func resize(_ tmux: TmuxSession, _ columns: Int, _ rows: Int) throws {
        try tmux.tmux(["resize-window", "-t", tmux.name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The pane after a forced full repaint (Ctrl-L) equals the pane before it: the diffing
    /// renderer left nothing stale behind. Retried once in case the clock turned a minute.
    func expectNoStaleCells(_ tmux: TmuxSession) throws {
        for attempt in 1...2 {
            Thread.sleep(forTimeInterval: 0.3)
            let before = try tmux.screen()
            try tmux.press("C-l")
            Thread.sleep(forTimeInterval: 0.3)
            let after = try tmux.screen()
            if before == after || attempt == 2 { #expect(before == after); return }
        }
    }

    /// A frame drawn for `columns` × `rows`: the clock ends the title bar at the last column and
    /// the status bar fills the last row (a stale, larger frame cropped by tmux has neither). The
    /// status bar's words depend on where the burst of keys left the app (a search field names
    /// its own keys, not `? help`), so only its place is checked.
    func waitForFrame(_ tmux: TmuxSession, columns: Int, rows: Int) throws {
        try tmux.waitUntil("a frame drawn at \(columns)×\(rows)") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let title = lines.first ?? ""
            // The clock is followed by one space, which capture-pane trims.
            return title.count == columns - 1 && title.range(of: #"\d\d:\d\d$"#, options: .regularExpression) != nil
                && lines.lastIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) == rows - 1
        }
    }

    /// A small demo desk (60 tickets) for the resize runs.
    static func demoDesk() throws -> CLIRunner {
        let cli = CLIRunner()
        try #require(try cli.run(["demo", "--no-tui", "--db", cli.database, "--tickets", "60"]).status == 0)
        return cli
    }

    func expectCleanQuit(_ tmux: TmuxSession) throws {
        try tmux.press("q")
        let after = try tmux.waitFor("HD-DONE")
        #expect(after.contains("HD-EXIT=0"), "\(after)")
        let words = after.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init)
        #expect(words.contains("icanon") && !words.contains("-icanon"), "stty: \(after)")
        #expect(words.contains("echo") && !words.contains("-echo"), "stty: \(after)")
    }

    @Test("starts in 20×5, survives 50 resizes with keys in between, then works and draws right at 80×24")
    func burst() throws {
        let cli = try Self.demoDesk()
        let socket = TmuxSession.newSocket("hd-rsz")
        defer { TmuxSession.killServer(socket: socket) }
        let tmux = try start(socket: socket, cli: cli, columns: 20, rows: 5)
        // 20×5 is below the 60×16 minimum: the app says so (wrapped to 20 columns) instead of drawing.
        try tmux.waitUntil("the too-small notice") { $0.contains("20×5") && $0.contains("60×16") }

        for (index, (columns, rows)) in Self.sizes.enumerated() {
            try resize(tmux, columns, rows)
            try tmux.press(Self.keys[index % Self.keys.count])
        }
        #expect(try !tmux.screen().contains("HD-EXIT"), "the app ended during the burst")

        try resize(tmux, 80, 24)
        // Keys typed before the app has seen the last resize would still meet the last (maybe
        // too small) size and be ignored, as they should: wait for a frame drawn at 80×24.
        try waitForFrame(tmux, columns: 80, rows: 24)
        try tmux.press("Escape", "Escape", "1")
        let screen = try tmux.waitUntil("the L1 console at 80×24") {
            $0.contains("helpdesk · L1 console") && $0.contains("MY TICKETS") && $0.contains("? help")
        }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix(" helpdesk · L1 console") == true, "\(screen)")
        // Keys are answered: the detail opens and closes.
        try tmux.press("j", "Enter")
        try tmux.waitUntil("a ticket's detail") { $0.contains("Ticket #") && $0.contains("HISTORY") }
        try tmux.press("Escape")
        try tmux.waitFor("MY TICKETS")
        try expectNoStaleCells(tmux)
        try expectCleanQuit(tmux)
    }

    @Test("a reply being typed keeps its text through resizes down to 1×1 and back")
    func composerThroughResizes() throws {
        let cli = try Self.demoDesk()
        let socket = TmuxSession.newSocket("hd-rsz")
        defer { TmuxSession.killServer(socket: socket) }
        let tmux = try start(socket: socket, cli: cli, columns: 80, rows: 24)
        try tmux.waitFor("MY TICKETS")
        try tmux.press("j", "Enter")
        try tmux.waitUntil("a ticket's detail") { $0.contains("Ticket #") && $0.contains("HISTORY") }
        try tmux.press("r")
        try tmux.waitFor("(the requester sees it)")
        try tmux.type("antes ")
        for (columns, rows) in Self.sizes.prefix(20) {
            try resize(tmux, columns, rows)
            try tmux.type("x")
        }
        try resize(tmux, 80, 24)
        try tmux.type(" después")
        try tmux.waitFor("(the requester sees it)")
        // Every key typed reached the text, including those typed (or read) while the
        // window was too small to show the composer.
        try tmux.waitFor("antes " + String(repeating: "x", count: 20) + " después")
        try expectNoStaleCells(tmux)
        try tmux.press("Escape")  // asks before throwing the text away
        try tmux.waitFor("Discard what you typed?")
        try tmux.press("y")  // closes the composer (the text is discarded on purpose)
        try tmux.waitUntil("the detail without the composer") { !$0.contains("(the requester sees it)") }
        try tmux.press("Escape")
        try tmux.waitFor("MY TICKETS")
        try expectCleanQuit(tmux)
    }
}
