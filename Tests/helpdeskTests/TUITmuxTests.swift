import Foundation
import Testing

/// The real binary in a real terminal: tmux on a private socket, driven by keys, read back with
/// `capture-pane`, polled with a bounded wait (never fixed sleeps).
@Suite("TUI end to end in tmux", .serialized)
struct TUITmuxTests {
    /// A tmux server of our own, so tests never touch the user's sessions.
    struct Tmux {
        let socket = "hd-tui-\(UUID().uuidString.prefix(8))"

        /// Runs one tmux client with posix_spawn and waitpid. Foundation's `Process` is not used
        /// here: `new-session` forks the tmux server from the client, and waiting on such a
        /// client through `Process` was seen to hang; output goes through a file for the same
        /// reason (the server would hold a pipe open forever).
        @discardableResult
        func run(_ arguments: [String]) throws -> String {
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString).out").path
            defer { unlink(output) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
            let argv = ["/usr/bin/tmux", "-L", socket] + arguments
            var cArgs = argv.map { strdup($0) } + [nil]
            defer { for arg in cArgs { free(arg) } }
            // The test runner's threads block SIGTERM, SIGHUP...; a child would inherit that mask
            // and the tmux server and the app could then never be stopped. Start it clean.
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var noSignals = sigset_t(), allSignals = sigset_t()
            sigemptyset(&noSignals)
            sigfillset(&allSignals)
            posix_spawnattr_setsigmask(&attributes, &noSignals)
            posix_spawnattr_setsigdefault(&attributes, &allSignals)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
            var pid: pid_t = 0
            // Not this process's environment as is: LINES/COLUMNS set by other suites would
            // reach the tmux server and every pane it starts.
            let environment = ProcessInfo.processInfo.environment.filter { $0.key != "LINES" && $0.key != "COLUMNS" }
            var cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { for entry in cEnv { free(entry) } }
            let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, &cEnv)
            guard spawned == 0 else { throw CLIRunner.Failure(message: "cannot run tmux: error \(spawned)") }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            guard status == 0 else {
                throw CLIRunner.Failure(message: "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(text)")
            }
            return text
        }

        func capture() throws -> String { try run(["capture-pane", "-p", "-t", "t"]) }

        func keys(_ keys: String...) throws { try run(["send-keys", "-t", "t"] + keys) }

        func literal(_ text: String) throws { try run(["send-keys", "-t", "t", "-l", text]) }

        /// Polls the pane until `condition` holds, for at most `seconds`.
        @discardableResult
        func waitFor(_ what: String, seconds: Double = 30, _ condition: (String) -> Bool) throws -> String {
            let deadline = Date().addingTimeInterval(seconds)
            var screen = ""
            while Date() < deadline {
                screen = try capture()
                if condition(screen) { return screen }
                Thread.sleep(forTimeInterval: 0.05)
            }
            throw CLIRunner.Failure(message: "timed out waiting for \(what); the pane shows:\n\(screen)")
        }

        @discardableResult
        func waitFor(_ text: String, seconds: Double = 30) throws -> String {
            try waitFor("“\(text)”", seconds: seconds) { $0.contains(text) }
        }

        /// Stops the server and removes its socket file (a killed server may leave it behind).
        func kill() {
            _ = try? run(["kill-server"])
            let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
            unlink("\(folder)/tmux-\(getuid())/\(socket)")
        }
    }

    static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @Test("move, open a ticket, add an internal note with keys only, quit: note stored, terminal back in cooked mode",
          arguments: ["xterm-256color", "vt100", "linux"])
    func noteThroughTheRealTerminal(term: String) throws {
        let cli = CLIRunner()
        let demo = try cli.run(["demo", "--no-tui", "--db", cli.database, "--tickets", "200"])
        #expect(demo.status == 0, "\(demo.stderr)")

        let tmux = Tmux()
        defer { tmux.kill() }
        let env = ["TERM=\(term)", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "USER=root", "HOME=\(cli.folder.path)",
                   "XDG_CONFIG_HOME=\(cli.folder.path)/config", "XDG_DATA_HOME=\(cli.folder.path)"]
        // Under load tmux may start the pane before it has its final size; the app would then
        // lay out for the wrong size. Wait (bounded by the test's own waits) until the tty is 100x30.
        // Other suites in this process set LINES/COLUMNS for headless curses; curses would
        // believe them over the tty, so they must not reach the app.
        let command = "unset LINES COLUMNS; while [ \"$(stty size)\" != '30 100' ]; do sleep 0.05; done; "
            + "env " + env.map(Self.quoted).joined(separator: " ") + " "
            + Self.quoted(CLIRunner.binary.path) + " tui --db " + Self.quoted(cli.database) + " --lang en"
            + "; echo HD-EXIT=$?; stty -a; echo HD-DONE; sleep 600"
        try tmux.run(["new-session", "-d", "-s", "t", "-x", "100", "-y", "30", command])

        try tmux.waitFor("helpdesk · L1 console")  // L1 agents open on their console (tiers branch)
        try tmux.keys("j", "j", "Enter")
        let detail = try tmux.waitFor("the ticket detail") { $0.contains("Ticket #") && $0.contains("HISTORY") }
        let title = try #require(detail.split(separator: "\n").first { $0.contains("Ticket #") })
        let id = try #require(title.split(separator: "#").dropFirst().first?.prefix { $0.isNumber })
        #expect(!id.isEmpty)

        let note = "nota e2e \(term): reinicié el cliente"
        try tmux.keys("i")
        try tmux.waitFor("Internal note on #\(id)")
        try tmux.literal(note)
        try tmux.keys("C-s")
        try tmux.waitFor("Internal note added to #\(id).")
        try tmux.keys("q")
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
}
